namespace CareerBot.Tests.Answers;

/// <summary>A question that names the level it is aiming for gets the entry about reaching that level, not one about another level.</summary>
public class NamedLevelTests : IClassFixture<NamedLevelTests.BotFixture>
{
    public sealed class BotFixture : IDisposable
    {
        public TestBot Bot { get; } = new();
        public void Dispose() => Bot.Dispose();
    }

    private readonly TestBot _bot;

    public NamedLevelTests(BotFixture fixture) => _bot = fixture.Bot;

    [Theory]
    [InlineData("how do i actually get promoted to senior")]
    [InlineData("tips for getting promoted to senior mle?")]
    public async Task Promotion_to_senior_is_not_answered_with_promotion_to_staff(string text)
    {
        var reply = await _bot.AskAsync(text, Guid.NewGuid().ToString("N"));
        Assert.Equal("career-timeline", reply.Intent);
    }

    [Fact]
    public async Task Promotion_to_staff_still_gets_the_staff_entry()
    {
        var reply = await _bot.AskAsync("how do i get promoted to staff", Guid.NewGuid().ToString("N"));
        Assert.Equal("promotion-to-staff", reply.Intent);
    }
}

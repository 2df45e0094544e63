namespace CareerBot.Tests.Knowledge;

/// <summary>Casual goodbyes are small talk the bot answers, not messages it declines.</summary>
public class GoodbyeTests : IClassFixture<GoodbyeTests.BotFixture>
{
    public sealed class BotFixture : IDisposable
    {
        public TestBot Bot { get; } = new();
        public void Dispose() => Bot.Dispose();
    }

    private readonly TestBot _bot;

    public GoodbyeTests(BotFixture fixture) => _bot = fixture.Bot;

    [Theory]
    [InlineData("cya")]
    [InlineData("ttyl")]
    [InlineData("ok gotta run, bye")]
    [InlineData("night all")]
    [InlineData("catch u later")]
    [InlineData("aight, cya")]
    public async Task A_casual_goodbye_gets_the_goodbye_reply(string text)
    {
        var reply = await _bot.AskAsync(text, Guid.NewGuid().ToString("N"));
        Assert.Equal("thanks", reply.Intent);
    }

    [Fact]
    public async Task A_goodbye_after_thanks_says_goodbye_again_instead_of_pointing_to_the_answer_above()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await _bot.AskAsync("thanks, that helped", conversation);
        var reply = await _bot.AskAsync("ok see ya", conversation);
        Assert.Equal("thanks", reply.Intent);
        Assert.Contains("good luck", reply.Markdown);
    }
}

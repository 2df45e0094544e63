using CareerBot.FakeDiscord;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>
/// A small busy-guild run through the load tool (tests/CareerBot.FakeDiscord --load): correctness only — every mention answered
/// exactly once, nothing else answered, no 429 from the fake's Discord limits, no reconnect. Speed is measured by the tool itself
/// (docs/PERFORMANCE.md), never asserted here.
/// </summary>
[Collection(DiscordCollection.Name)]
public class DiscordLoadSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_busy_guild_gets_every_mention_answered_once_and_nothing_else_without_a_429()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var shape = new MessageLoadShape(Messages: 1000, Rate: 1000, Channels: 20, MentionEvery: 20);
        var log = new StringWriter();

        var report = await MessageLoadRun.RunAsync(bot.Fake, shape, probe: null, TimeSpan.FromSeconds(60), log, steadyState: false);
        report.Print(log);
        output.WriteLine(log.ToString());

        Assert.Equal(50, report.Mentions);
        Assert.Equal(50, report.AnsweredOnce);
        Assert.Equal(1.0, report.MessagesPerAnswer); // one message per answer: the detail waits behind More
        Assert.Equal(0, report.RepliesToNonMentions);
        Assert.Equal(0, report.RateLimited);
        Assert.Equal((0, 0), (report.Identifies, report.Resumes));
    }
}

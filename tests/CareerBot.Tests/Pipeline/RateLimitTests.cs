using CareerBot.Core.Pipeline;

namespace CareerBot.Tests.Pipeline;

public class RateLimitTests
{
    private static TestBot Bot() => new(new Dictionary<string, string?>
    {
        ["RateLimit:UserBurst"] = "3",
        ["RateLimit:UserInterval"] = "00:10:00",
        ["RateLimit:ChannelBurst"] = "100",
    });

    [Fact]
    public async Task A_flooding_member_gets_one_notice_and_others_keep_getting_answers()
    {
        using var bot = Bot();
        var flooder = new ChatUser("discord", "flooder", "Flooder");
        var other = new ChatUser("discord", "other", "Other");
        var replies = new List<Reply>();
        for (var i = 0; i < 20; i++) replies.Add(await bot.AskAsync("do I need a PhD?", "general", flooder));

        Assert.Equal(3, replies.Count(r => r.Kind == ReplyKind.Answer));
        Assert.Single(replies, r => r.Kind == ReplyKind.SlowDown);
        Assert.Equal(16, replies.Count(r => !r.ShouldSend));
        Assert.Contains("wait", replies.Single(r => r.Kind == ReplyKind.SlowDown).Markdown);
        Assert.Equal(ReplyKind.Answer, (await bot.AskAsync("do I need a PhD?", "general", other)).Kind);
    }

    [Fact]
    public async Task The_console_is_not_limited()
    {
        using var bot = Bot();
        for (var i = 0; i < 10; i++) Assert.Equal(ReplyKind.Answer, (await bot.AskAsync("do I need a PhD?")).Kind);
    }

    [Fact]
    public async Task A_busy_channel_is_limited_as_a_whole()
    {
        using var bot = new TestBot(new Dictionary<string, string?> { ["RateLimit:ChannelBurst"] = "4", ["RateLimit:ChannelInterval"] = "00:10:00" });
        var kinds = new List<ReplyKind>();
        for (var i = 0; i < 6; i++) kinds.Add((await bot.AskAsync("do I need a PhD?", "busy", new ChatUser("slack", $"u{i}", "U"))).Kind);
        Assert.Equal(4, kinds.Count(k => k == ReplyKind.Answer));
        Assert.Equal(ReplyKind.Answer, (await bot.AskAsync("do I need a PhD?", "quiet", new ChatUser("slack", "u9", "U"))).Kind);
    }
}

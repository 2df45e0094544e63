using CareerBot.Core.Messages;
using CareerBot.Core.RateLimiting;
using Microsoft.Extensions.Options;

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
    public async Task A_flood_checked_by_many_workers_at_the_same_instant_still_gets_a_single_notice()
    {
        const int workers = 8;
        var time = new InstantForAll(workers);
        var limiter = new MessageRateLimiter(Options.Create(new RateLimitOptions { UserBurst = 1, UserInterval = TimeSpan.FromMinutes(10) }), time);
        var message = new IncomingMessage("slack", "C1", new ChatUser("slack", "UFLOODER", "Flooder"), "do I need a PhD?");
        Assert.Equal(MessageRateLimiter.Verdict.Allowed, limiter.Check(message));

        // Every worker is over the limit and asks for the time; all get it together, then race to send the notice.
        var verdicts = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(() => limiter.Check(message), TaskCreationOptions.LongRunning)));

        Assert.Single(verdicts, v => v == MessageRateLimiter.Verdict.Notify);
        Assert.Equal(workers - 1, verdicts.Count(v => v == MessageRateLimiter.Verdict.Drop));
    }

    /// <summary>A clock that makes its callers wait for each other, so they all continue at the same instant.</summary>
    private sealed class InstantForAll(int callers) : TimeProvider
    {
        private readonly Barrier _barrier = new(callers);

        public override DateTimeOffset GetUtcNow()
        {
            _barrier.SignalAndWait(TimeSpan.FromSeconds(10));
            return DateTimeOffset.UnixEpoch.AddDays(20_000);
        }
    }

    [Fact]
    public async Task A_moderator_editing_answers_in_quick_succession_is_not_held_to_the_member_limit()
    {
        using var bot = Bot();
        var moderator = new ChatUser("discord", "mod", "Mod", IsModerator: true);
        var replies = new List<Reply>();
        for (var i = 0; i < 8; i++) replies.Add(await bot.AskAsync("/kb list", "mods", moderator));

        Assert.DoesNotContain(replies, r => r.Kind == ReplyKind.SlowDown || !r.ShouldSend);
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

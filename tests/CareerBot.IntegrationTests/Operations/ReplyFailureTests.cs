using System.Text.Json.Nodes;
using CareerBot.FakeDiscord;
using CareerBot.FakeSlack;
using CareerBot.IntegrationTests.Discord;
using CareerBot.IntegrationTests.Slack;
using Microsoft.Extensions.Hosting;

namespace CareerBot.IntegrationTests.Operations;

/// <summary>
/// Issue 8: a reply that fails to send is retried within limits, logged, and never posted twice — including the worst case,
/// where Discord created the message but the response was lost (the nonce with enforce_nonce makes the retry safe).
/// </summary>
[Collection(DiscordCollection.Name)]
public class ReplyFailureTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_discord_reply_that_gets_500s_is_retried_and_posted_exactly_once(bool createdBeforeTheError)
    {
        var logs = new CapturedLogs();
        await using var bot = await DiscordBotHarness.StartAsync(configure: logs.AddTo);
        bot.Fake.Rest.FailNextMessageCreates(2, afterCreating: createdBeforeTheError);

        var question = await bot.Fake.SendMessageAsync("do I need a PhD to be an ML engineer?", mentionBot: true);

        await FakeDiscordServer.WaitUntilAsync(() => bot.Fake.Requests.Count(r => r.Path.EndsWith("/messages", StringComparison.Ordinal) && r.Status == 200) > 0,
            what: "a successful send");
        var attempts = bot.Fake.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal)).ToList();
        Assert.Equal([500, 500, 200], attempts.Select(r => r.Status));
        Assert.Single(bot.RepliesTo(question));
        Assert.Single(attempts.Select(r => r.Json!["nonce"]!.GetValue<string>()).Distinct());
        Assert.Contains(logs.Entries, e => e.Contains("500", StringComparison.Ordinal) && e.StartsWith("Warning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_discord_reply_that_keeps_failing_is_given_up_and_logged_once_and_the_bot_goes_on()
    {
        var logs = new CapturedLogs();
        await using var bot = await DiscordBotHarness.StartAsync(configure: logs.AddTo);
        bot.Fake.Rest.FailNextMessageCreates(100, afterCreating: false);
        var lost = await bot.Fake.SendMessageAsync("do I need a PhD to be an ML engineer?", mentionBot: true);
        await FakeDiscordServer.WaitUntilAsync(() => logs.Entries.Any(e => e.StartsWith("Error", StringComparison.Ordinal)), what: "the failure to be logged");
        var attempts = bot.Fake.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal));

        bot.Fake.Rest.FailNextMessageCreates(0, afterCreating: false);
        var next = await bot.Fake.SendMessageAsync("how much does a senior ML engineer earn?", mentionBot: true);

        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(next).Count == 1, what: "the next answer");
        Assert.InRange(attempts, 2, 5);
        Assert.Empty(bot.RepliesTo(lost));
        Assert.Single(logs.Entries, e => e.StartsWith("Error", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_slack_answer_that_gets_server_errors_is_retried_after_checking_the_thread_and_posted_exactly_once(bool postedBeforeTheError)
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var logs = new CapturedLogs();
        using var host = await SlackTestHost.StartAsync(fake, logs);
        fake.FailNext("chat.postMessage", 2, afterDoing: postedBeforeTheError);

        fake.SendEvent(SlackMention("C0FAIL", "1700000300.000100"));

        await Eventually.WaitUntilAsync(() => logs.Entries.Count(e => e.Contains("checking the thread", StringComparison.Ordinal)) >= (postedBeforeTheError ? 1 : 2)
            && fake.Posts.Any(p => p.Channel == "C0FAIL"), "the retried answer");
        await Eventually.WaitUntilAsync(() => fake.CallsTo("conversations.replies").Count >= 1, "the thread check");
        await host.StopAsync(); // lets the handler finish before counting
        var posts = fake.Posts.Where(p => p.Channel == "C0FAIL" && p.Method == "chat.postMessage").ToList();
        Assert.Equal(posts.Count, posts.Select(p => p.Text).Distinct().Count());
        Assert.Equal(postedBeforeTheError ? 1 : 3, fake.CallsTo("chat.postMessage").Count(c => c.Fields.GetValueOrDefault("channel") == "C0FAIL"));
        Assert.DoesNotContain(logs.Entries, e => e.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slack_answer_that_keeps_failing_is_given_up_with_one_error_and_never_posted_twice()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var logs = new CapturedLogs();
        using var host = await SlackTestHost.StartAsync(fake, logs);
        fake.FailNext("chat.postMessage", 100, afterDoing: false);

        fake.SendEvent(SlackMention("C0DOWN", "1700000301.000100"));

        await Eventually.WaitUntilAsync(() => logs.Entries.Any(e => e.StartsWith("Error", StringComparison.Ordinal)), "the failure to be logged");
        await host.StopAsync();
        Assert.Equal(4, fake.CallsTo("chat.postMessage").Count);
        Assert.DoesNotContain(fake.Posts, p => p.Channel == "C0DOWN");
        Assert.Single(logs.Entries, e => e.StartsWith("Error", StringComparison.Ordinal));
    }

    private static JsonObject SlackMention(string channel, string ts) => new()
    {
        ["type"] = "app_mention", ["user"] = "UMEMBER01", ["channel"] = channel, ["ts"] = ts, ["event_ts"] = ts,
        ["text"] = "<@UCAREERBOT> do I need a PhD to be an ML engineer?",
    };
}

using CareerBot.FakeDiscord;
using CareerBot.IntegrationTests.Discord;

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
}

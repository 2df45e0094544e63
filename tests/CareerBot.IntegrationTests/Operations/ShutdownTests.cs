using System.Text.Json.Nodes;
using CareerBot.FakeDiscord;
using CareerBot.FakeSlack;
using CareerBot.IntegrationTests.Discord;
using CareerBot.IntegrationTests.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.IntegrationTests.Operations;

/// <summary>
/// Issue 8: a stop (Ctrl+C, SIGTERM, a deploy) in the middle of work. Replies in progress and queued are finished within
/// the adapter's shutdown grace period; work that outlives it is cancelled, counted in the log, and the host still stops.
/// </summary>
[Collection(DiscordCollection.Name)]
public class ShutdownTests
{
    [Fact]
    public async Task Discord_finishes_the_replies_in_progress_and_queued_when_stopped()
    {
        var pipeline = new GatedPipeline();
        await using var bot = await DiscordBotHarness.StartAsync(
            settings: new Dictionary<string, string?> { ["Discord:DispatchWorkers"] = "1" }, configure: pipeline.ReplaceIn);
        var questions = new List<string>();
        for (var i = 0; i < 3; i++) questions.Add(await bot.Fake.SendMessageAsync($"question {i}", mentionBot: true));
        await FakeDiscordServer.WaitUntilAsync(() => pipeline.Entered == 1, what: "the first question to reach the pipeline");

        var stopping = bot.Host.StopAsync();
        await FakeDiscordServer.WaitUntilAsync(() => bot.Fake.Gateway.LiveConnections == 0, what: "the bot to close the gateway");
        pipeline.Open();
        await stopping;

        Assert.All(questions, q => Assert.Single(bot.RepliesTo(q)));
    }

    [Fact]
    public async Task Discord_work_that_outlives_the_grace_period_is_cancelled_and_the_host_stops()
    {
        var pipeline = new GatedPipeline();
        var logs = new CapturedLogs();
        await using var bot = await DiscordBotHarness.StartAsync(
            settings: new Dictionary<string, string?> { ["Discord:DispatchWorkers"] = "1", ["Discord:ShutdownGraceSeconds"] = "0.5" },
            configure: services => { pipeline.ReplaceIn(services); logs.AddTo(services); });
        await bot.Fake.SendMessageAsync("question 0", mentionBot: true);
        await bot.Fake.SendMessageAsync("question 1", mentionBot: true);
        await FakeDiscordServer.WaitUntilAsync(() => pipeline.Entered == 1, what: "the first question to reach the pipeline");

        using var hostTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await bot.Host.StopAsync(hostTimeout.Token);

        Assert.False(hostTimeout.IsCancellationRequested, "the host needed its own shutdown timeout");
        Assert.Empty(bot.Fake.Messages);
        Assert.Contains(logs.Entries, e => e.Contains("Stopped with 2 events unanswered", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.StartsWith("Error", StringComparison.Ordinal) || e.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slack_finishes_the_answers_in_progress_and_queued_when_stopped_and_cancels_what_outlives_the_grace_period()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        foreach (var (grace, opens) in new[] { ("10", true), ("0.5", false) })
        {
            var pipeline = new GatedPipeline();
            var logs = new CapturedLogs();
            using var host = await SlackTestHost.StartAsync(fake, logs,
                settings: new Dictionary<string, string?> { ["Slack:Workers"] = "1", ["Slack:ShutdownGraceSeconds"] = grace }, configure: pipeline.ReplaceIn);
            var acked = fake.Acks.Count;
            var channel = $"C0STOP{grace.Replace(".", "", StringComparison.Ordinal)}";
            for (var i = 0; i < 3; i++)
                fake.SendEvent(new JsonObject
                {
                    ["type"] = "app_mention", ["user"] = "UMEMBER01", ["channel"] = channel, ["ts"] = $"1700000200.00010{i}",
                    ["event_ts"] = $"1700000200.00010{i}", ["text"] = $"<@UCAREERBOT> question {i}",
                });
            await Eventually.WaitUntilAsync(() => pipeline.Entered == 1 && fake.Acks.Count >= acked + 3, "the events to be acked and the first to reach the pipeline");

            using var hostTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            var stopping = host.StopAsync(hostTimeout.Token);
            if (opens) pipeline.Open();
            await stopping;

            Assert.False(hostTimeout.IsCancellationRequested, "the host needed its own shutdown timeout");
            Assert.Equal(opens ? 3 : 0, fake.Posts.Count(p => p.Channel == channel));
            Assert.Equal(!opens, logs.Entries.Any(e => e.Contains("Stopped with 3 events unanswered", StringComparison.Ordinal)));
        }
    }
}

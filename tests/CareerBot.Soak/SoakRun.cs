using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using CareerBot.FakeDiscord;
using CareerBot.FakeSlack;
using CareerBot.Tests;

namespace CareerBot.Soak;

/// <summary>
/// Runs the real bot binary against the fake Discord and the fake Slack at once with mixed traffic: mentions and slash
/// commands on both, a moderator reading answers, and regular disruptions (Discord asks for a reconnect, Slack refreshes
/// its socket). Checks every message is answered exactly once and samples the bot's memory and CPU.
/// </summary>
public static class SoakRun
{
    // Ten moderators take turns, so none of them runs into the per-member rate limit at the default traffic.
    private static readonly string[] Moderators = Enumerable.Range(0, 10).Select(i => $"UADMIN{i:D2}").ToArray();

    public static async Task<SoakReport> RunAsync(SoakOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        await using var discord = new FakeDiscordServer(new FakeDiscordOptions { HeartbeatIntervalMs = 5000 });
        await discord.StartAsync(cancellationToken);
        await using var slack = await FakeSlackServer.StartAsync(options: new FakeSlackOptions { AdminUserIds = Moderators.ToHashSet() });
        var data = Directory.CreateTempSubdirectory("careerbot-soak-");
        var tracker = new ReplyTracker(discord, slack);
        var operationsPort = LoopbackPort.Free();
        await using var bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["Discord__Token"] = discord.Options.Token,
            ["Discord__ApiBaseUrl"] = discord.RestUrl,
            ["Discord__GuildIds__0"] = discord.Options.GuildIds[0],
            ["Slack__BotToken"] = slack.Options.BotToken,
            ["Slack__AppToken"] = slack.Options.AppToken,
            ["Slack__ApiBaseUrl"] = slack.ApiUrl.ToString(),
            ["Storage__DataDirectory"] = data.FullName,
            ["Operations__Port"] = operationsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        try
        {
            await WaitAsync(() => discord.Gateway.LiveConnections > 0 && discord.Rest.Commands.Count > 0 && slack.OpenSocketCount > 0,
                TimeSpan.FromSeconds(90), "the bot to connect to both fakes", bot);
            progress.WriteLine($"bot pid {bot.Id} connected; warming up");
            var traffic = new TrafficSource(discord, slack, tracker);
            for (var i = 0; i < 20; i++) await traffic.SendAsync(i);
            await WaitAsync(() => tracker.Pending == 0, TimeSpan.FromSeconds(60), "the warm-up answers", bot);
            tracker.Reset();

            var samples = new ConcurrentQueue<ProcessSample>();
            var started = Stopwatch.GetTimestamp();
            using var stopSampling = new CancellationTokenSource();
            // Sampling (with its induced full GC) runs beside the traffic so it never holds the traffic back.
            var probe = new BotProcessProbe(bot.Id, $"http://127.0.0.1:{operationsPort}/metrics");
            var sampler = SampleAsync(bot, probe, samples, started, options.SampleEvery, stopSampling.Token);
            var disruptions = 0;
            var nextDisruption = options.Disruption;
            var nextProgress = TimeSpan.FromSeconds(30);
            var budget = 0.0;
            var sent = 0;
            using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
            while (Stopwatch.GetElapsedTime(started) is var elapsed && elapsed < options.Duration && await tick.WaitForNextTickAsync(cancellationToken))
            {
                budget += options.MessagesPerSecond / 10;
                for (; budget >= 1; budget--) await traffic.SendAsync(sent++);
                if (elapsed >= nextDisruption)
                {
                    progress.WriteLine($"{elapsed.TotalSeconds:F2} s: disruption");
                    await discord.Gateway.ForceReconnectAsync();
                    await slack.DisconnectAllAsync("refresh_requested");
                    disruptions++;
                    nextDisruption += options.Disruption;
                }
                if (elapsed >= nextProgress)
                {
                    var last = samples.LastOrDefault();
                    progress.WriteLine($"{elapsed.TotalSeconds:F0} s: {sent} sent, {tracker.Pending} waiting, RSS {last?.ResidentMegabytes:F1} MB, live long-lived heap {last?.HeapMegabytes:F1} MB");
                    nextProgress += TimeSpan.FromSeconds(30);
                }
            }
            try
            {
                await WaitAsync(() => tracker.Pending == 0, options.Drain, "the last answers", bot);
            }
            catch (TimeoutException e)
            {
                progress.WriteLine(e.Message);
            }
            await stopSampling.CancelAsync();
            await sampler;
            samples.Enqueue(await SampleOnceAsync(bot, probe, Stopwatch.GetElapsedTime(started)));
            var exitCode = await bot.StopAsync(TimeSpan.FromSeconds(30));
            return new SoakReport(tracker.Sent, tracker.Answered, tracker.Duplicates, tracker.UnansweredDescriptions(), bot.Errors, bot.Warnings,
                tracker.Latencies, samples.ToList(), disruptions, discord.Gateway.ResumeCount, slack.SocketsOpened,
                discord.Requests.Count(r => r.Status == 429), exitCode);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task SampleAsync(BotProcess bot, BotProcessProbe probe, ConcurrentQueue<ProcessSample> samples, long started,
        TimeSpan every, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(every);
        do samples.Enqueue(await SampleOnceAsync(bot, probe, Stopwatch.GetElapsedTime(started)));
        while (await WaitQuietlyAsync(timer, stop));
    }

    private static async Task<bool> WaitQuietlyAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<ProcessSample> SampleOnceAsync(BotProcess bot, BotProcessProbe probe, TimeSpan at)
    {
        const double megabyte = 1024 * 1024;
        await bot.CollectGarbageAsync();
        var sample = await probe.ReadAsync();
        return new ProcessSample(at, sample.RssBytes / megabyte, sample.CpuSeconds, sample.LongLivedHeapBytes / megabyte);
    }

    private static async Task WaitAsync(Func<bool> condition, TimeSpan timeout, string what, BotProcess bot)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (!condition())
        {
            if (Stopwatch.GetTimestamp() > deadline)
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}. Bot log tail:\n{string.Join('\n', bot.Log.TakeLast(20))}");
            await Task.Delay(50);
        }
    }

    /// <summary>Sends message number n of the mix: 40% Discord mentions, 10% Discord commands, 40% Slack mentions, 10% Slack commands.</summary>
    private sealed class TrafficSource(FakeDiscordServer discord, FakeSlackServer slack, ReplyTracker tracker)
    {
        public async Task SendAsync(int n)
        {
            var question = SoakTraffic.Questions[n % SoakTraffic.Questions.Length];
            switch (n % 10)
            {
                case < 4:
                    var id = Snowflake.Next();
                    tracker.ExpectDiscordReply(id);
                    await discord.SendMessageAsync(question, channelId: $"13000000000000{n % 100:D5}", authorId: $"14000000000000{n % 300:D5}", mentionBot: true, id: id);
                    break;
                case 4:
                    var (name, values) = SoakTraffic.DiscordCommands[n / 10 % SoakTraffic.DiscordCommands.Length];
                    var options = new JsonArray(values.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = 3, ["value"] = o.Value }).ToArray());
                    tracker.ExpectInteraction(await discord.SendCommandAsync(name, options, channelId: $"13000000000000{n % 100:D5}", userId: $"14000000000000{n % 300:D5}"));
                    break;
                case < 9:
                    var ts = $"{1_700_000_000 + n}.{n % 1_000_000:D6}";
                    tracker.ExpectSlackReply(ts);
                    slack.SendEvent(new JsonObject
                    {
                        ["type"] = "app_mention", ["user"] = $"USOAK{n % 300:D5}", ["channel"] = $"C0SOAK{n % 50:D3}", ["ts"] = ts, ["event_ts"] = ts,
                        ["text"] = "<@UCAREERBOT> " + question,
                    });
                    break;
                default:
                    // Every fifth Slack command is a moderator reading an answer; the rest are members' commands.
                    var (command, text) = n / 10 % 5 == 0 ? ("/kb", "show phd-value") : SoakTraffic.SlackCommands[n / 10 % SoakTraffic.SlackCommands.Length];
                    tracker.ExpectSlackResponse(slack.SendSlashCommand(command, text, command == "/kb" ? Moderators[n / 50 % Moderators.Length] : $"USOAK{n % 300:D5}", $"C0SOAK{n % 50:D3}"));
                    break;
            }
        }
    }
}

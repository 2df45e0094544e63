using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CareerBot.FakeDiscord;

/// <summary>
/// A burst of slash commands: <c>count</c> <c>/ask</c> interactions from different members spread evenly over <c>window</c>,
/// dispatched over the gateway. Measures each one's acknowledgement time — from the fake creating the interaction to the bot's
/// first callback (answer or deferral) arriving — against Discord's 3-second deadline.
/// </summary>
public static class SlashBurstRun
{
    private const int WarmUpBursts = 3;

    public sealed record Report(int Sent, int Acknowledged, int WithinDeadline, int Deferred, double P50, double P95, double P99, double Max, double SendSeconds,
        BotProcessProbe.Sample? BotBefore, BotProcessProbe.Sample? BotAfter)
    {
        public void Print(TextWriter output)
        {
            output.WriteLine($"interactions: {Sent} sent in {SendSeconds:0.00} s, acknowledged: {Acknowledged}, within 3 s: {WithinDeadline}, deferred (type 5): {Deferred}");
            output.WriteLine($"ack ms: p50 {P50:0.0}  p95 {P95:0.0}  p99 {P99:0.0}  max {Max:0.0}");
            if (BotBefore is { } before && BotAfter is { } after)
            {
                output.WriteLine($"bot CPU for the burst: {after.CpuSecondsSince(before):0.00} s, peak RSS (process lifetime) {after.PeakRssBytes / 1048576.0:0.0} MB" +
                    (after.Runtime.Count > 0 ? "; " + after.RuntimeDelta(before) : ""));
                output.WriteLine("bot CPU by thread: " + after.ThreadCpuSince(before));
            }
        }
    }

    public static async Task<Report> RunAsync(FakeDiscordServer server, int count, TimeSpan window, BotProcessProbe? probe, TextWriter log)
    {
        log.WriteLine("Waiting for a bot to connect and register its commands…");
        await FakeDiscordServer.WaitUntilAsync(() => server.Gateway.LiveConnections > 0 && server.Rest.Commands.Count > 0, TimeSpan.FromMinutes(5), "a bot with commands");

        // The first scrape of the bot's /metrics compiles its exporter: do it now, not inside the measured run.
        if (probe is not null) await probe.ReadAsync();
        // Warm-up to steady state, as for messages: a few, a pause (call counting starts), then whole bursts with pauses, until
        // .NET has recompiled the hot path (tiered compilation needs several rounds for it).
        await BurstAsync(server, 20, TimeSpan.Zero, "warm-up");
        await Task.Delay(TimeSpan.FromSeconds(3));
        for (var round = 0; round < WarmUpBursts; round++)
        {
            await BurstAsync(server, count, window, $"warm-up burst {round}");
            await Task.Delay(TimeSpan.FromSeconds(3));
        }

        var before = probe is null ? null : await probe.ReadAsync();
        var start = Stopwatch.GetTimestamp();
        var sent = await BurstAsync(server, count, window, "burst");
        var sendSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        try
        {
            await FakeDiscordServer.WaitUntilAsync(() => sent.All(s => s.CallbackType is not null), TimeSpan.FromSeconds(10), "every acknowledgement");
        }
        catch (TimeoutException)
        {
            log.WriteLine("Timed out waiting for every interaction to be acknowledged.");
        }
        await Task.Delay(TimeSpan.FromSeconds(1));
        var after = probe is null ? null : await probe.ReadAsync();

        var acks = sent.Where(s => s.CallbackAt is not null).Select(s => (s.CallbackAt!.Value - s.CreatedAt).TotalMilliseconds).Order().ToArray();
        double Percentile(double p) => acks.Length == 0 ? double.NaN : acks[Math.Min(acks.Length - 1, (int)Math.Ceiling(p * acks.Length) - 1)];
        return new Report(count, acks.Length, acks.Count(a => a <= 3000), sent.Count(s => s.CallbackType == 5),
            Percentile(0.50), Percentile(0.95), Percentile(0.99), Percentile(1), sendSeconds, before, after);
    }

    private static async Task<List<FakeInteraction>> BurstAsync(FakeDiscordServer server, int count, TimeSpan window, string label)
    {
        var sent = new List<FakeInteraction>(count);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var due = window * i / count - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.FromMilliseconds(1)) await Task.Delay(due);
            sent.Add(await SendAsync(server, i, label));
        }
        if (label != "burst") await FakeDiscordServer.WaitUntilAsync(() => sent.All(s => s.CallbackType is not null), TimeSpan.FromSeconds(30), label + " answers");
        return sent;
    }

    private static Task<FakeInteraction> SendAsync(FakeDiscordServer server, int i, string label) =>
        server.SendCommandAsync("ask", new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = $"do I need a PhD? ({label} {i})" }),
            channelId: (MessageLoadShape.FirstChannel + i % 100).ToString(), userId: MessageLoadShape.AuthorOf(i));
}

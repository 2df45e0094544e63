using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CareerBot.FakeSlack;

/// <summary>
/// Load tool: waits for a bot's Socket Mode connection, sends app_mention events keeping at most a fixed number
/// unanswered, and reports events answered per second, envelope ack latency (p50/p99/max) as seen by the fake, and how
/// many messages each mention got (every reply once, one message each).
/// Events are spread over 1,000 channels so Slack's per-channel posting limit (which the fake enforces) does not set the pace.
/// </summary>
public static class LoadRun
{
    public static async Task<int> RunAsync(FakeSlackServer fake, int events, int warmup, int inFlight, CancellationToken cancellationToken)
    {
        // The fake is the measuring instrument: spare pool threads keep its own ack reading from adding delay on 2 cores.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), io);
        Console.WriteLine($"Waiting for a bot to connect over Socket Mode… (load: {warmup} warm-up + {events} mentions, at most {inFlight} unanswered)");
        while (fake.OpenSocketCount == 0) await Task.Delay(100, cancellationToken);
        // Warm-up first (JIT, connection pools), then only the measured phase counts.
        await SendAsync(fake, "CWARM", warmup, inFlight, cancellationToken);
        var acksBefore = fake.Acks.Count;
        var clock = Stopwatch.StartNew();
        var answered = await SendAsync(fake, "CLOAD", events, inFlight, cancellationToken);
        var elapsed = clock.Elapsed;
        var latencies = fake.Acks.Skip(acksBefore).Select(a => a.Latency.TotalMilliseconds).Order().ToArray();
        Console.WriteLine($"events sent {events}, answered {answered} in {elapsed.TotalSeconds:F2} s → {answered / elapsed.TotalSeconds:F0} events/s");
        var perMention = fake.Posts.Where(p => p.Channel.StartsWith("CLOAD", StringComparison.Ordinal)).GroupBy(p => (p.Channel, p.ThreadTs)).Select(g => g.Count()).ToList();
        Console.WriteLine($"mentions with exactly one message: {perMention.Count(n => n == 1)}/{events}, with more: {perMention.Count(n => n > 1)}; " +
            $"{(perMention.Count == 0 ? 0 : (double)perMention.Sum() / perMention.Count):F2} messages per answer");
        Console.WriteLine($"acks {latencies.Length}: p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms, max {latencies.LastOrDefault():F2} ms; redeliveries {fake.Deliveries.Count(d => d.RetryAttempt > 0)}");
        return answered == events ? 0 : 1;
    }

    /// <returns>How many were answered before the deadline.</returns>
    private static async Task<int> SendAsync(FakeSlackServer fake, string channelPrefix, int events, int inFlight, CancellationToken cancellationToken)
    {
        // Only load events are answered during a run, so the post counter is the reply count (no scan of every post).
        var before = fake.PostCount;
        int Replies() => fake.PostCount - before;
        var deadline = Stopwatch.StartNew();
        for (var i = 0; i < events; i++)
        {
            while (i - Replies() >= inFlight && deadline.Elapsed < Limit) await Task.Delay(1, cancellationToken);
            fake.SendEvent(new JsonObject
            {
                ["type"] = "app_mention", ["user"] = $"ULOAD{i % 50:D4}", ["channel"] = $"{channelPrefix}{i % 1000:D4}",
                ["text"] = $"<@{fake.Options.BotUserId}> {Questions[i % Questions.Length]}", ["ts"] = $"1712345678.{i:D6}",
            });
        }
        while (Replies() < events && deadline.Elapsed < Limit) await Task.Delay(5, cancellationToken);
        return Replies();
    }

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    internal static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    internal static readonly string[] Questions =
    [
        "do I need a PhD to be an ML engineer?",
        "how much does a senior ML engineer earn?",
        "how do I prepare for an ML system design interview?",
        "should I learn PyTorch or JAX?",
        "what is the difference between a data scientist and an ML engineer?",
    ];
}

using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CareerBot.FakeSlack;

/// <summary>
/// Issue #8's load shape: N app_mention envelopes sent at a steady rate (1,000 in 10 s) over a number of channels, then
/// a wait until every reply arrived. The fake enforces Slack's per-channel posting limit (429 + Retry-After), so the
/// report shows ack latency, replies delivered, duplicates, 429s, and how long the replies took.
/// </summary>
public static class PacedLoadRun
{
    private static readonly TimeSpan AckDeadline = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan ReplyLimit = TimeSpan.FromMinutes(3);

    /// <param name="ackOnly">
    /// Control run: the events carry a subtype, so the bot acks and ignores them and does no answering work. Comparing
    /// its ack latency with a normal run separates the bot's own load from the machine's.
    /// </param>
    public static async Task<int> RunAsync(FakeSlackServer fake, int events, int perSecond, int channels, int members, int warmup, bool ackOnly, CancellationToken cancellationToken)
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), io);
        Console.WriteLine($"Waiting for a bot to connect over Socket Mode… (load: {warmup} warm-up, then {events} mentions at {perSecond}/s over {channels} channels from {members} members)");
        while (fake.OpenSocketCount == 0) await Task.Delay(100, cancellationToken);

        // Warm-up (JIT, pools): one event per channel, so the posting limit does not slow it down.
        var warmupBefore = fake.PostCount;
        for (var i = 0; i < warmup; i++) fake.SendEvent(Mention(fake, $"CWARM{i:D5}", $"ULOAD{i % members:D5}", $"1712340000.{i:D6}", i));
        var warmupClock = Stopwatch.StartNew();
        while (fake.PostCount - warmupBefore < warmup && warmupClock.Elapsed < ReplyLimit) await Task.Delay(20, cancellationToken);

        var acksBefore = fake.Acks.Count;
        var deliveriesBefore = fake.Deliveries.Count;
        var callsBefore = fake.Calls.Count;
        var sent = new Dictionary<string, double>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < events; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed, cancellationToken);
            var channel = $"CLOAD{i % channels:D4}";
            var ts = $"1712345678.{i:D6}";
            sent[channel + "/" + ts] = clock.Elapsed.TotalSeconds;
            var mention = Mention(fake, channel, $"ULOAD{i % members:D5}", ts, i);
            if (ackOnly) mention["subtype"] = "bot_message";
            fake.SendEvent(mention);
        }
        var sendTime = clock.Elapsed;
        var loadPosts = new Func<List<FakePost>>(() => fake.Posts.Where(p => p.Method == "chat.postMessage" && p.Channel.StartsWith("CLOAD", StringComparison.Ordinal)).ToList());
        while (clock.Elapsed < ReplyLimit && (ackOnly ? fake.Acks.Count - acksBefore : loadPosts().Select(p => p.Channel + "/" + p.ThreadTs).Distinct().Count()) < events)
            await Task.Delay(250, cancellationToken);
        // A little longer, so a late duplicate would still be counted.
        await Task.Delay(2000, cancellationToken);

        var posts = loadPosts();
        var measuredDeliveries = fake.Deliveries.Skip(deliveriesBefore).ToList();
        var acks = fake.Acks.Skip(acksBefore).ToList();
        var latencies = acks.Select(a => a.Latency.TotalMilliseconds).Order().ToArray();
        var unacked = measuredDeliveries.Count(d => acks.All(a => a.EnvelopeId != d.EnvelopeId));
        var threads = posts.GroupBy(p => p.Channel + "/" + p.ThreadTs).ToList();
        var delivered = threads.Count(t => sent.ContainsKey(t.Key));
        var duplicates = threads.Sum(t => t.Count() - 1);
        var limited = fake.Calls.Skip(callsBefore).Count(c => c.Method == "chat.postMessage" && c.Status == 429);
        var firstSend = DateTimeOffset.UtcNow - clock.Elapsed;
        var replyLatency = threads.Where(t => sent.ContainsKey(t.Key))
            .Select(t => (t.Min(p => p.At) - firstSend).TotalSeconds - sent[t.Key])
            .Order().ToArray();
        var lastReply = posts.Count == 0 ? double.NaN : (posts.Max(p => p.At) - firstSend).TotalSeconds;
        var perChannel = Math.Ceiling((double)events / channels);

        Console.WriteLine($"sent {events} envelopes in {sendTime.TotalSeconds:F2} s ({events / sendTime.TotalSeconds:F0}/s) over {channels} channels");
        Console.WriteLine($"acks {latencies.Length}/{measuredDeliveries.Count}: p50 {P(latencies, 0.50):F2} ms, p95 {P(latencies, 0.95):F2} ms, p99 {P(latencies, 0.99):F2} ms, max {latencies.LastOrDefault():F2} ms; " +
                          $"over 3 s {latencies.Count(l => l > AckDeadline.TotalMilliseconds)}, not on the delivering socket {acks.Count(a => !a.OnDeliveringSocket)}, never acked {unacked}, redeliveries {measuredDeliveries.Count(d => d.RetryAttempt > 0)}");
        Console.WriteLine($"replies delivered {delivered}/{events}, duplicates {duplicates}, chat.postMessage answered 429 {limited}");
        Console.WriteLine($"reply latency p50 {P(replyLatency, 0.50):F1} s, p99 {P(replyLatency, 0.99):F1} s, max {replyLatency.LastOrDefault():F1} s; last reply {lastReply:F1} s after the first envelope " +
                          $"({perChannel} replies per channel, which Slack lets out at about 1/s after a short burst)");
        var ok = latencies.Length == measuredDeliveries.Count && latencies.All(l => l <= AckDeadline.TotalMilliseconds) && (ackOnly ? posts.Count == 0 : delivered == events && duplicates == 0);
        Console.WriteLine(ok ? (ackOnly ? "result (ack-only control run): every envelope acked within 3 s, none answered" : "result: every envelope acked within 3 s, every reply delivered once") : "result: FAILED (see above)");
        return ok ? 0 : 1;
    }

    private static double P(double[] sorted, double p) => LoadRun.Percentile(sorted, p);

    private static JsonObject Mention(FakeSlackServer fake, string channel, string user, string ts, int i) => new()
    {
        ["type"] = "app_mention", ["user"] = user, ["channel"] = channel, ["ts"] = ts,
        ["text"] = $"<@{fake.Options.BotUserId}> {LoadRun.Questions[i % LoadRun.Questions.Length]}",
    };
}

using System.Collections.Concurrent;
using System.Diagnostics;

namespace CareerBot.FakeDiscord;

/// <summary>
/// A bounded load run through the fake gateway: waits for a bot to connect, sends <c>count</c> mention messages
/// (at <c>rate</c> per second, or as fast as possible when 0) spread over channels and members, and measures each reply's
/// latency from dispatch to the bot's POST arriving. Stops by itself after the last reply or a timeout.
/// </summary>
public static class LoadRun
{
    public static async Task<int> RunAsync(FakeDiscordServer server, int count, double rate, int channels, TimeSpan timeout)
    {
        Console.WriteLine("Waiting for a bot to connect…");
        await FakeDiscordServer.WaitUntilAsync(() => server.Gateway.LiveConnections > 0, TimeSpan.FromMinutes(5), "a bot to connect");

        var sentAt = new ConcurrentDictionary<string, long>();
        var latencies = new ConcurrentBag<double>();
        server.Rest.Recorded += request =>
        {
            if (request is { Method: "POST", Status: 200 } && request.Json?["message_reference"]?["message_id"]?.GetValue<string>() is { } id
                && sentAt.TryRemove(id, out var start))
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        };

        // Warm-up: the first answers load the knowledge base and JIT the pipeline.
        await SendAsync(server, sentAt, 20, 0, channels, "warm-up");
        await FakeDiscordServer.WaitUntilAsync(() => latencies.Count >= 20, timeout, "warm-up answers");
        latencies.Clear();

        var started = Stopwatch.GetTimestamp();
        await SendAsync(server, sentAt, count, rate, channels, "run");
        try
        {
            await FakeDiscordServer.WaitUntilAsync(() => latencies.Count >= count, timeout, "all answers");
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"Timed out: {latencies.Count} of {count} answered.");
        }
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        Console.WriteLine($"messages: {count}, answered: {sorted.Length}, target rate: {(rate > 0 ? rate + "/s" : "max")}, channels: {channels}");
        Console.WriteLine($"handled: {sorted.Length / elapsed:0.0} messages/s over {elapsed:0.00} s");
        Console.WriteLine($"reply latency ms: p50 {Percentile(0.50):0.0}  p90 {Percentile(0.90):0.0}  p99 {Percentile(0.99):0.0}  max {Percentile(1):0.0}");
        Console.WriteLine($"429 responses: {server.Requests.Count(r => r.Status == 429)}, gateway identifies: {server.Gateway.IdentifyCount}, resumes: {server.Gateway.ResumeCount}");
        return sorted.Length == count ? 0 : 1;
    }

    private static async Task SendAsync(FakeDiscordServer server, ConcurrentDictionary<string, long> sentAt, int count, double rate, int channels, string label)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            if (rate > 0)
            {
                var due = TimeSpan.FromSeconds(i / rate) - Stopwatch.GetElapsedTime(start);
                if (due > TimeSpan.Zero) await Task.Delay(due);
            }
            var channel = (1300000000000001000L + i % channels).ToString();
            var author = (1100000000000001000L + i % 997).ToString();
            // Registered before sending: the answer can arrive before SendMessageAsync returns.
            var id = Snowflake.Next();
            sentAt[id] = Stopwatch.GetTimestamp();
            await server.SendMessageAsync($"do I need a PhD? ({label} {i})", channelId: channel, authorId: author, mentionBot: true, id: id);
        }
    }
}

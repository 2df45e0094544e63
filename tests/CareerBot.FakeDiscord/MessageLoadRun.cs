using System.Collections.Concurrent;
using System.Diagnostics;

namespace CareerBot.FakeDiscord;

/// <summary>
/// A bounded message load through the fake gateway (see <see cref="MessageLoadShape"/>): waits for a bot, warms it up, dispatches
/// the messages, waits for every mention's reply (and a little longer, to catch duplicates), and measures what Discord would see:
/// replies per mention, replies to non-mentions, 429s, reconnects, heartbeat gaps, the reply rate while mentions queue up, latency,
/// and — with a <see cref="BotProcessProbe"/> — the bot process's CPU, RSS and GCs for the run.
/// </summary>
public static class MessageLoadRun
{
    private const int BacklogThreshold = 50;
    private static readonly TimeSpan WarmUpSettle = TimeSpan.FromSeconds(3);

    /// <param name="steadyState">Warm the bot up first (for measurements); a correctness check can skip that.</param>
    /// <param name="wholeWarmUps">How many times the whole shape is sent as warm-up, after a short first round.</param>
    public static async Task<MessageLoadReport> RunAsync(FakeDiscordServer server, MessageLoadShape shape, BotProcessProbe? probe, TimeSpan timeout, TextWriter log,
        bool steadyState = true, int wholeWarmUps = 1)
    {
        log.WriteLine("Waiting for a bot to connect…");
        await FakeDiscordServer.WaitUntilAsync(() => server.Gateway.LiveConnections > 0, TimeSpan.FromMinutes(5), "a bot to connect");

        // The first scrape of the bot's /metrics compiles its exporter: do it now, not inside the measured run.
        if (probe is not null) await probe.ReadAsync();
        var sentAt = new ConcurrentDictionary<string, long>();
        var mentionIds = new ConcurrentDictionary<string, byte>();
        var replies = new ConcurrentQueue<(string QuestionId, long At)>();
        server.Rest.Recorded += request =>
        {
            if (request is { Method: "POST", Status: 200 } && request.Json?["message_reference"]?["message_id"]?.GetValue<string>() is { } id)
                replies.Enqueue((id, Stopwatch.GetTimestamp()));
        };

        // Warm-up until steady state: the first answers load the knowledge base, and .NET compiles hot methods again, optimised,
        // after about 30 calls and in the background — that JIT work belongs to start-up, not to the run being measured.
        // Call counting only starts once start-up compiling has calmed down, hence two rounds with a pause between: a short one,
        // then the whole shape once, so the measured run is the bot's steady state.
        var warmUps = steadyState ? [shape with { Messages = Math.Min(shape.Messages, 2000), Rate = 0 }, .. Enumerable.Repeat(shape, wholeWarmUps)] : Array.Empty<MessageLoadShape>();
        foreach (var (warmUp, round) in warmUps.Select((w, i) => (w, i)))
        {
            var warmMentions = await DispatchAsync(server, warmUp, sentAt, new ConcurrentDictionary<string, byte>(), $"warm-up {round}");
            await FakeDiscordServer.WaitUntilAsync(() => replies.Count >= warmMentions, timeout, "warm-up answers");
            // A scrape in each round, before its pause: the bot's exporter is then recompiled (after ~30 calls) during the
            // pause, as it would be in a bot that Prometheus scrapes, and not in the background of the measured run.
            if (probe is not null) await probe.ReadAsync();
            await Task.Delay(WarmUpSettle);
            replies.Clear();
            sentAt.Clear();
        }

        var rateLimitedBefore = server.Requests.Count(r => r.Status == 429);
        var messagesBefore = server.Requests.Count(IsMessagePosted);
        var (identifies, resumes) = (server.Gateway.IdentifyCount, server.Gateway.ResumeCount);
        var heartbeatsBefore = server.Gateway.HeartbeatTimes.Count;
        var before = probe is null ? null : await probe.ReadAsync();

        log.WriteLine("Measured run: dispatching…");
        var started = Stopwatch.GetTimestamp();
        var mentions = await DispatchAsync(server, shape, sentAt, mentionIds, "run");
        var dispatchSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        try
        {
            await FakeDiscordServer.WaitUntilAsync(() => replies.Select(r => r.QuestionId).Distinct().Count(mentionIds.ContainsKey) >= mentions, timeout, "all answers");
        }
        catch (TimeoutException)
        {
            log.WriteLine("Timed out waiting for every mention to be answered.");
        }
        // A duplicate would come after the first answer: keep listening a little.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var after = probe is null ? null : await probe.ReadAsync();

        var got = replies.ToArray();
        var perQuestion = got.GroupBy(r => r.QuestionId).ToDictionary(g => g.Key, g => g.Count());
        var latencies = got.Where(r => sentAt.ContainsKey(r.QuestionId)).GroupBy(r => r.QuestionId)
            .Select(g => Stopwatch.GetElapsedTime(sentAt[g.Key], g.Min(r => r.At)).TotalMilliseconds).Order().ToArray();
        double Percentile(double p) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
        var heartbeats = server.Gateway.HeartbeatTimes.Skip(heartbeatsBefore).ToArray();
        var replyTimes = got.Where(r => mentionIds.ContainsKey(r.QuestionId)).Select(r => r.At).Order().ToArray();

        return new MessageLoadReport
        {
            Shape = shape,
            Mentions = mentions,
            DispatchSeconds = dispatchSeconds,
            AnsweredOnce = mentionIds.Keys.Count(id => perQuestion.GetValueOrDefault(id) == 1),
            Unanswered = mentionIds.Keys.Count(id => !perQuestion.ContainsKey(id)),
            AnsweredTwiceOrMore = mentionIds.Keys.Count(id => perQuestion.GetValueOrDefault(id) > 1),
            RepliesToNonMentions = got.Count(r => !mentionIds.ContainsKey(r.QuestionId)),
            RateLimited = server.Requests.Count(r => r.Status == 429) - rateLimitedBefore,
            MessagesPosted = server.Requests.Count(IsMessagePosted) - messagesBefore,
            Identifies = server.Gateway.IdentifyCount - identifies,
            Resumes = server.Gateway.ResumeCount - resumes,
            Heartbeats = heartbeats.Length,
            HeartbeatIntervalMs = server.Options.HeartbeatIntervalMs,
            MaxHeartbeatGapMs = heartbeats.Zip(heartbeats.Skip(1)).Select(p => Stopwatch.GetElapsedTime(p.First, p.Second).TotalMilliseconds).DefaultIfEmpty(0).Max(),
            BacklogReplyRate = BacklogRate(sentAt.Where(s => mentionIds.ContainsKey(s.Key)).Select(s => s.Value).Order().ToArray(), replyTimes),
            MaxRepliesInAnySecond = MaxInAnySecond(replyTimes),
            LatencyP50 = Percentile(0.50),
            LatencyP99 = Percentile(0.99),
            LatencyMax = Percentile(1),
            BotBefore = before,
            BotAfter = after,
        };
    }

    /// <summary>A message the bot created in a channel (an answer, a part of one, or a chart).</summary>
    private static bool IsMessagePosted(RecordedRequest r) =>
        r.Method == "POST" && r.Status == 200 && r.Path.Contains("/channels/", StringComparison.Ordinal) && r.Path.EndsWith("/messages", StringComparison.Ordinal);

    /// <summary>
    /// The reply rate while at least 50 mentions waited for an answer (until the queue drained), as 50 / the median time between
    /// reply k and reply k + 50: Discord allows 50 in any rolling second, so a bot using the whole limit shows 1 s, i.e. 50/s.
    /// </summary>
    private static double? BacklogRate(long[] dispatched, long[] replied)
    {
        var d = 0;
        for (var r = 0; r < replied.Length; r++)
        {
            while (d < dispatched.Length && dispatched[d] <= replied[r]) d++;
            if (d - r < BacklogThreshold) continue;
            var spans = Enumerable.Range(r, Math.Max(0, replied.Length - r - 50))
                .Select(k => Stopwatch.GetElapsedTime(replied[k], replied[k + 50]).TotalSeconds).Order().ToArray();
            return spans.Length == 0 ? null : 50 / spans[spans.Length / 2];
        }
        return null;
    }

    private static int MaxInAnySecond(long[] times)
    {
        var best = 0;
        for (int start = 0, end = 0; end < times.Length; end++)
        {
            while (Stopwatch.GetElapsedTime(times[start], times[end]) >= TimeSpan.FromSeconds(1)) start++;
            best = Math.Max(best, end - start + 1);
        }
        return best;
    }

    /// <summary>Dispatches the shape's messages on schedule (catching up if late) and returns how many mention the bot.</summary>
    private static async Task<int> DispatchAsync(FakeDiscordServer server, MessageLoadShape shape, ConcurrentDictionary<string, long> sentAt,
        ConcurrentDictionary<string, byte> mentionIds, string label)
    {
        var start = Stopwatch.GetTimestamp();
        var mentions = 0;
        for (var i = 0; i < shape.Messages; i++)
        {
            if (shape.Rate > 0)
            {
                var due = TimeSpan.FromSeconds(i / shape.Rate) - Stopwatch.GetElapsedTime(start);
                if (due > TimeSpan.FromMilliseconds(1)) await Task.Delay(due);
            }
            var mention = shape.Mentions(i);
            var id = Snowflake.Next();
            if (mention)
            {
                mentions++;
                mentionIds[id] = 0;
                // Registered before sending: the answer can arrive before SendMessageAsync returns.
                sentAt[id] = Stopwatch.GetTimestamp();
            }
            await server.SendMessageAsync(mention ? $"do I need a PhD? ({label} {i})" : $"anyone up for lunch? ({label} {i})",
                channelId: shape.ChannelOf(i), authorId: MessageLoadShape.AuthorOf(i), mentionBot: mention, id: id);
        }
        return mentions;
    }
}

namespace CareerBot.FakeDiscord;

/// <summary>What a message load run measured. Times are milliseconds; rates per second.</summary>
public sealed record MessageLoadReport
{
    public required MessageLoadShape Shape { get; init; }
    public required int Mentions { get; init; }
    public required double DispatchSeconds { get; init; }
    /// <summary>Mentions with exactly one reply, with none, and with more than one.</summary>
    public required int AnsweredOnce { get; init; }
    public required int Unanswered { get; init; }
    public required int AnsweredTwiceOrMore { get; init; }
    /// <summary>Replies that answer a message that did not mention the bot (must be 0).</summary>
    public required int RepliesToNonMentions { get; init; }
    public required int RateLimited { get; init; }
    /// <summary>Messages the bot created during the run: each answer's messages, so a split answer counts more than once.</summary>
    public required int MessagesPosted { get; init; }
    /// <summary>Messages per answered mention (1.0 when every answer is one message).</summary>
    public double MessagesPerAnswer => AnsweredOnce + AnsweredTwiceOrMore == 0 ? double.NaN : (double)MessagesPosted / (AnsweredOnce + AnsweredTwiceOrMore);
    public required int Identifies { get; init; }
    public required int Resumes { get; init; }
    public required int Heartbeats { get; init; }
    public required double HeartbeatIntervalMs { get; init; }
    public required double MaxHeartbeatGapMs { get; init; }
    /// <summary>Replies per second while 50 or more mentions waited (50 / median time from reply k to reply k + 50); null when no backlog formed.</summary>
    public required double? BacklogReplyRate { get; init; }
    public required int MaxRepliesInAnySecond { get; init; }
    public required double LatencyP50 { get; init; }
    public required double LatencyP99 { get; init; }
    public required double LatencyMax { get; init; }
    public BotProcessProbe.Sample? BotBefore { get; init; }
    public BotProcessProbe.Sample? BotAfter { get; init; }

    public bool Correct => Unanswered == 0 && AnsweredTwiceOrMore == 0 && RepliesToNonMentions == 0;

    public void Print(TextWriter output)
    {
        output.WriteLine($"messages: {Shape.Messages} over {Shape.Channels} channels, dispatched in {DispatchSeconds:0.00} s ({Shape.Messages / DispatchSeconds:0} /s, target {(Shape.Rate > 0 ? Shape.Rate.ToString("0") : "max")}), mentions: {Mentions}");
        output.WriteLine($"mentions answered exactly once: {AnsweredOnce}/{Mentions}, unanswered: {Unanswered}, answered twice or more: {AnsweredTwiceOrMore}, replies to non-mentions: {RepliesToNonMentions}");
        output.WriteLine($"messages posted: {MessagesPosted}, {MessagesPerAnswer:0.00} per answer");
        output.WriteLine($"429 responses: {RateLimited}, identifies: {Identifies}, resumes: {Resumes} (reconnects: {Identifies + Resumes})");
        output.WriteLine($"heartbeats during the run: {Heartbeats}, interval {HeartbeatIntervalMs:0} ms, longest gap {MaxHeartbeatGapMs:0} ms");
        output.WriteLine($"reply rate while a backlog existed: {(BacklogReplyRate is { } rate ? $"{rate:0.0}/s ({rate / 50:P1} of the 50/s global limit)" : "— (no backlog formed)")}; most replies in any 1 s: {MaxRepliesInAnySecond}");
        output.WriteLine($"reply latency ms (mention dispatched → reply received): p50 {LatencyP50:0.0}  p99 {LatencyP99:0.0}  max {LatencyMax:0.0}");
        if (BotBefore is { } before && BotAfter is { } after)
        {
            output.WriteLine($"bot CPU for the run: {after.CpuSecondsSince(before):0.00} s, RSS {after.RssBytes / 1048576.0:0.0} MB, peak RSS (process lifetime) {after.PeakRssBytes / 1048576.0:0.0} MB");
            output.WriteLine("bot CPU by thread: " + after.ThreadCpuSince(before));
            if (after.Runtime.Count > 0) output.WriteLine("bot runtime during the run: " + after.RuntimeDelta(before));
        }
    }
}

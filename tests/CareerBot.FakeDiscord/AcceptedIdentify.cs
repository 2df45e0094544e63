namespace CareerBot.FakeDiscord;

/// <summary>An IDENTIFY the fake accepted: the shard, its rate-limit bucket and when it arrived (Stopwatch timestamp).</summary>
public sealed record AcceptedIdentify(int ShardId, int Bucket, long Arrived);

namespace CareerBot.FakeDiscord;

/// <summary>Mints Discord ids with real timestamps (clients read an interaction's age from its id).</summary>
public static class Snowflake
{
    public const long DiscordEpochMs = 1420070400000;
    private static long _increment;

    public static string Next()
    {
        var ms = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - DiscordEpochMs;
        var increment = Interlocked.Increment(ref _increment) & 0xFFF;
        return ((ms << 22) | (1L << 17) | increment).ToString();
    }

    /// <summary>An id whose shard under <paramref name="shardCount"/> shards is <paramref name="shard"/>: <c>(id &gt;&gt; 22) % count</c>.</summary>
    public static string ForShard(int shard, int shardCount, int salt = 0)
    {
        var ms = (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - DiscordEpochMs) / shardCount * shardCount + shard;
        return ((ms << 22) | (long)(salt & 0xFFF)).ToString();
    }
}

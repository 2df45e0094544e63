namespace CareerBot.Discord.Connection;

/// <summary><c>shard: [Id, Count]</c> in IDENTIFY; Discord sends a guild's events to shard <c>(guild_id &gt;&gt; 22) % Count</c>.</summary>
public sealed record ShardInfo(int Id, int Count)
{
    public static int ForGuild(ulong guildId, int count) => (int)((guildId >> 22) % (ulong)count);

    public override string ToString() => $"[{Id}, {Count}]";
}

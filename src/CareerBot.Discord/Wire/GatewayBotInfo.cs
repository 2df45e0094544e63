namespace CareerBot.Discord.Wire;

/// <summary>Answer of <c>GET /gateway/bot</c>: where to connect, the recommended shard count and the IDENTIFY allowance.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);

using System.Text.Json;

namespace CareerBot.Discord.Connection;

/// <summary>One dispatch (op 0) on its way from a shard's read loop to the dispatcher workers.</summary>
public sealed record GatewayDispatch(int ShardId, string EventName, JsonElement Data, int? Sequence);

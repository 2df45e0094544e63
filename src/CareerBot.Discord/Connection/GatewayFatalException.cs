namespace CareerBot.Discord.Connection;

/// <summary>The gateway refused us for a reason reconnecting cannot fix (bad token, intents, shards). The message says what to change.</summary>
public sealed class GatewayFatalException(string message) : Exception(message);

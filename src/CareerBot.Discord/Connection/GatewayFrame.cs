namespace CareerBot.Discord.Connection;

/// <summary>What one receive produced: a text payload, or the server's close frame (<see cref="CloseCode"/> null when it had none).</summary>
public sealed record GatewayFrame(ReadOnlyMemory<byte> Payload, bool IsClose = false, int? CloseCode = null, string? CloseReason = null)
{
    public static GatewayFrame Text(ReadOnlyMemory<byte> payload) => new(payload);
    public static GatewayFrame Closed(int? code, string? reason) => new(ReadOnlyMemory<byte>.Empty, true, code, reason);
}

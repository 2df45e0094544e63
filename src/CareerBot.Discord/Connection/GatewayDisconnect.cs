namespace CareerBot.Discord.Connection;

/// <summary>Why a connection ended and what to do next. <see cref="Delay"/> overrides the back-off (zero for op 7, 1–5 s for INVALID_SESSION).</summary>
public sealed record GatewayDisconnect(GatewayAction Action, string Reason, TimeSpan? Delay = null)
{
    public static GatewayDisconnect Resume(string reason, TimeSpan? delay = null) => new(GatewayAction.Resume, reason, delay);
    public static GatewayDisconnect Identify(string reason, TimeSpan? delay = null) => new(GatewayAction.Identify, reason, delay);
    public static GatewayDisconnect Fatal(string reason) => new(GatewayAction.Fatal, reason);
}

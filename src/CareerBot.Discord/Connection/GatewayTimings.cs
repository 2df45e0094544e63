using CareerBot.Adapters.Connection;

namespace CareerBot.Discord.Connection;

/// <summary>Waits the protocol asks for; tests shrink them. Heartbeat intervals always come from HELLO.</summary>
public sealed record GatewayTimings
{
    public static readonly GatewayTimings Discord = new();

    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(20);
    public TimeSpan InvalidSessionMinDelay { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan InvalidSessionMaxDelay { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan BackoffBase { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan BackoffCap { get; init; } = TimeSpan.FromSeconds(60);
    public ReconnectBackoff Backoff => new(BackoffBase, BackoffCap);
    /// <summary>Discord allows <c>max_concurrency</c> IDENTIFYs per this window.</summary>
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);
    /// <summary>
    /// Added to <see cref="IdentifyWindow"/> between IDENTIFYs in one bucket: Discord times them on arrival, and two shards'
    /// connections (other processes, other hosts) do not take equally long to get there.
    /// </summary>
    public TimeSpan IdentifyMargin { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Client payloads per minute we allow ourselves (Discord closes at 120 with 4008).</summary>
    public int SendsPerMinute { get; init; } = 110;
}

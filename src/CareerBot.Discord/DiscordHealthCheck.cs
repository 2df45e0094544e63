using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Discord;

/// <summary>
/// Healthy while every shard's gateway connection is up with recent heartbeat ACKs (and the HTTP interactions endpoint,
/// when configured, listens). Degraded when ACKs are late; unhealthy while a shard is disconnected or the adapter has stopped.
/// </summary>
public sealed class DiscordHealthCheck(DiscordConnectionStatus status, TimeProvider time) : IHealthCheck
{
    /// <summary>Discord expects a beat every interval; two intervals without an ACK means the connection is not really alive.</summary>
    public const int LateAfterIntervals = 2;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    private HealthCheckResult Check()
    {
        if (status.FatalError is { } fatal) return HealthCheckResult.Unhealthy("stopped: " + fatal);
        if (status.InteractionsEndpoint is { } endpoint && !status.InteractionsListening)
            return HealthCheckResult.Unhealthy("HTTP interactions endpoint: " + endpoint);
        var shards = status.Shards.OrderBy(s => s.Key).ToList();
        if (shards.Count == 0) return HealthCheckResult.Unhealthy("gateway not connected yet");
        var now = time.GetUtcNow();
        var down = shards.Where(s => !s.Value.Connected).ToList();
        if (down.Count > 0)
            return HealthCheckResult.Unhealthy(string.Join("; ", down.Select(s => $"shard {s.Key} not connected for {Seconds(now - s.Value.Since)} s: {s.Value.Description}")));
        var late = shards.Where(s => s.Value.HeartbeatInterval is { } interval && now - (s.Value.LastHeartbeatAck ?? s.Value.Since) > interval * LateAfterIntervals).ToList();
        if (late.Count > 0)
            return HealthCheckResult.Degraded(string.Join("; ", late.Select(s => $"shard {s.Key}: no heartbeat ACK for {Seconds(now - (s.Value.LastHeartbeatAck ?? s.Value.Since))} s")));
        var acks = shards.Select(s => s.Value.LastHeartbeatAck is { } ack ? $"last heartbeat ACK {Seconds(now - ack)} s ago" : "no heartbeat ACK yet");
        return HealthCheckResult.Healthy($"gateway connected ({shards.Count} shard{(shards.Count == 1 ? "" : "s")}; {string.Join(", ", acks.Distinct())})"
            + (status.InteractionsEndpoint is { } listening ? "; HTTP interactions endpoint " + listening : ""));
    }

    private static string Seconds(TimeSpan span) => Math.Max(0, span.TotalSeconds).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
}

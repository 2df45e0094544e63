using System.Diagnostics.Metrics;

namespace CareerBot.Discord;

/// <summary>The Discord adapter's gauges (meter "CareerBot.Discord", exported with the host's /metrics), read from <see cref="DiscordConnectionStatus"/> when scraped.</summary>
public sealed class DiscordMetrics
{
    public const string MeterName = "CareerBot.Discord";

    public DiscordMetrics(IMeterFactory meterFactory, DiscordConnectionStatus status, TimeProvider time)
    {
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge("careerbot.discord.shards.connected", () => status.Shards.Count(s => s.Value.Connected),
            description: "Shards whose gateway connection is up");
        meter.CreateObservableGauge("careerbot.discord.heartbeat.ack.age", () => status.Shards
                .Where(s => s.Value is { Connected: true, LastHeartbeatAck: not null })
                .Select(s => new Measurement<double>((time.GetUtcNow() - s.Value.LastHeartbeatAck!.Value).TotalSeconds, new KeyValuePair<string, object?>("shard", s.Key))),
            unit: "s", description: "Time since each connected shard's last heartbeat ACK");
    }
}

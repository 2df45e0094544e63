using System.Diagnostics.Metrics;
using CareerBot.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Tests.Discord;

public class DiscordMetricsTests
{
    [Fact]
    public void The_gauges_report_connected_shards_and_each_shards_heartbeat_ack_age()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-04T12:00:00Z"));
        var status = new DiscordConnectionStatus();
        _ = new DiscordMetrics(meters, status, time);
        using var connected = new MetricCollector<int>(meters, DiscordMetrics.MeterName, "careerbot.discord.shards.connected");
        using var ackAge = new MetricCollector<double>(meters, DiscordMetrics.MeterName, "careerbot.discord.heartbeat.ack.age");

        status.Connected(0, "READY", time.GetUtcNow());
        status.HeartbeatAcked(0, time.GetUtcNow());
        status.Disconnected(1, "could not connect", time.GetUtcNow());
        time.Advance(TimeSpan.FromSeconds(7));
        connected.RecordObservableInstruments();
        ackAge.RecordObservableInstruments();

        Assert.Equal(1, connected.LastMeasurement!.Value);
        Assert.Equal(7, ackAge.LastMeasurement!.Value);
        Assert.Equal(0, ackAge.LastMeasurement.Tags["shard"]);
    }
}

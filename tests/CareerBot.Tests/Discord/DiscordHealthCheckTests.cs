using CareerBot.Discord;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Tests.Discord;

public class DiscordHealthCheckTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(41.25);
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-04T12:00:00Z"));
    private readonly DiscordConnectionStatus _status = new();

    private async Task<HealthCheckResult> CheckAsync() =>
        await new DiscordHealthCheck(_status, _time).CheckHealthAsync(new HealthCheckContext());

    private void Connect(int shard = 0)
    {
        _status.Hello(shard, Interval, _time.GetUtcNow());
        _status.Connected(shard, "READY as careerbot", _time.GetUtcNow());
        _status.HeartbeatAcked(shard, _time.GetUtcNow());
    }

    [Fact]
    public async Task Unhealthy_before_the_gateway_has_connected()
    {
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync()).Status);
    }

    [Fact]
    public async Task Healthy_while_connected_with_recent_heartbeat_acks_and_says_how_recent()
    {
        Connect();
        _time.Advance(TimeSpan.FromSeconds(30));

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Contains("last heartbeat ACK 30 s ago", result.Description);
    }

    [Fact]
    public async Task Degraded_when_no_ack_came_for_two_heartbeat_intervals()
    {
        Connect();
        _time.Advance(Interval * 2 + TimeSpan.FromSeconds(1));

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("no heartbeat ACK for 84 s", result.Description);
    }

    [Fact]
    public async Task Unhealthy_while_a_shard_is_disconnected_naming_it_and_why()
    {
        Connect(0);
        Connect(1);
        _status.Disconnected(1, "could not connect (Connection refused)", _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(12));

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("shard 1 not connected for 12 s: could not connect (Connection refused)", result.Description);
    }

    [Fact]
    public async Task Unhealthy_after_a_fatal_stop_and_while_the_interactions_endpoint_does_not_listen()
    {
        Connect();
        _status.Interactions(false, "starting");
        Assert.Equal("HTTP interactions endpoint: starting", (await CheckAsync()).Description);
        _status.Interactions(true, "listening on http://127.0.0.1:8080/interactions");
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);

        _status.Fail("Discord closed the gateway with 4014 (disallowed intents)");

        var result = await CheckAsync();
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("4014", result.Description);
    }
}

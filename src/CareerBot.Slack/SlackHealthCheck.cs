using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Slack;

/// <summary>Healthy while a Socket Mode connection is open (or the HTTP endpoints listen); unhealthy while reconnecting or stopped.</summary>
public sealed class SlackHealthCheck(SlackConnectionStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = status.Current;
        return Task.FromResult(current.Connected ? HealthCheckResult.Healthy(current.Description) : HealthCheckResult.Unhealthy(current.Description));
    }
}

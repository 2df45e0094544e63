using CareerBot.Core.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Operations;

/// <summary>Healthy while a knowledge snapshot with answers is loaded.</summary>
public sealed class KnowledgeHealthCheck(KnowledgeBase knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var count = knowledge.Current.Entries.Count;
        return Task.FromResult(count > 0
            ? HealthCheckResult.Healthy($"{count} answers loaded")
            : HealthCheckResult.Unhealthy("no answers loaded"));
    }
}

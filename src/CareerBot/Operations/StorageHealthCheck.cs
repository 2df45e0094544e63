using CareerBot.Core.Moderation;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Operations;

/// <summary>
/// Degraded while the moderators' revisions are not served (the store was unavailable at start: members get the files'
/// answers and none of the corrections) or while stored revisions are skipped as damaged; healthy otherwise.
/// </summary>
public sealed class StorageHealthCheck(RevisionLoadStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = status.Current;
        return Task.FromResult(current switch
        {
            { Loaded: false } => HealthCheckResult.Degraded($"the moderators' revisions are not served ({current.Problem ?? "not loaded yet"}); answers come from the knowledge files only"),
            { Damaged.Count: > 0 } => HealthCheckResult.Degraded($"{current.Damaged.Count} damaged revision(s) skipped: {string.Join("; ", current.Damaged)}"),
            _ => HealthCheckResult.Healthy("the moderators' revisions are served"),
        });
    }
}

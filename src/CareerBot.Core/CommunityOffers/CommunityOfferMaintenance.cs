using CareerBot.Core.Hosting;
using CareerBot.Core.Moderation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.CommunityOffers;

/// <summary>
/// Owns the loop that enforces CommunityOffers:RetentionDays (at start, then hourly) and reloads the approved offers each
/// minute, so approvals made by other instances show up. If the database is down, the figures already loaded stay.
/// </summary>
public sealed class CommunityOfferMaintenance(ICommunityOfferStore store, CommunityOfferCache cache, MemberKeyHasher hasher,
    IOptions<CommunityOfferOptions> options, TimeProvider time, ILogger<CommunityOfferMaintenance> logger) : IHostedService
{
    private static readonly TimeSpan ReloadInterval = TimeSpan.FromMinutes(1);
    private const int ReloadsPerRetentionRun = 60;
    private readonly PeriodicLoop _loop = new("Shared-offer maintenance (retention and reloads)", ReloadInterval, time, logger);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (hasher.Unavailable is { } why) logger.LogWarning("/share is switched off: {Reason}", why);
        await RunOnceAsync(retention: true, cancellationToken);
        _loop.Start((tick, stopping) => RunOnceAsync(retention: tick % ReloadsPerRetentionRun == 0, stopping));
    }

    public Task StopAsync(CancellationToken cancellationToken) => _loop.StopAsync(cancellationToken);

    /// <summary>Deletes shared offers older than the retention period; returns how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.RetentionDays;
        var deleted = await store.DeleteOlderThanAsync(time.GetUtcNow().AddDays(-days), cancellationToken);
        if (deleted > 0) logger.LogInformation("Deleted {Count} shared offers older than {Days} days", deleted, days);
        return deleted;
    }

    private async Task RunOnceAsync(bool retention, CancellationToken cancellationToken)
    {
        try
        {
            if (retention) await DeleteExpiredAsync(cancellationToken);
            await cache.ReloadAsync(cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            logger.LogWarning(e, "Could not refresh the shared offers; retrying in {Interval}", ReloadInterval);
        }
    }
}

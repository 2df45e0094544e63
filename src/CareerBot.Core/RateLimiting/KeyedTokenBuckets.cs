using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace CareerBot.Core.RateLimiting;

/// <summary>
/// One <see cref="TokenBucketRateLimiter"/> per key, refilled when the key is next checked (by the time that passed) instead of
/// by a timer. <c>PartitionedRateLimiter</c> refills on a 100 ms heartbeat per limiter, and those heartbeats were nearly all an
/// idle bot's thread wake-ups (docs/PERFORMANCE.md). Buckets that have refilled completely are forgotten once there are many:
/// a new bucket starts full, so nothing changes for that key.
/// </summary>
public sealed class KeyedTokenBuckets
{
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _buckets = new(StringComparer.Ordinal);
    private readonly TokenBucketRateLimiterOptions _options;
    private readonly int _pruneAbove;
    private int _pruneAt;

    public KeyedTokenBuckets(int burst, TimeSpan interval, int pruneAbove = 10_000)
    {
        _options = new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = interval,
            QueueLimit = 0,
            AutoReplenishment = false,
        };
        _pruneAbove = _pruneAt = pruneAbove;
    }

    /// <summary>Buckets currently kept.</summary>
    public int Count => _buckets.Count;

    /// <summary>Takes one token from <paramref name="key"/>'s bucket; false when it is empty.</summary>
    public bool TryAcquire(string key)
    {
        var bucket = _buckets.GetOrAdd(key, _ => new TokenBucketRateLimiter(_options));
        bucket.TryReplenish();
        using var lease = bucket.AttemptAcquire();
        if (_buckets.Count > Volatile.Read(ref _pruneAt)) PruneFull();
        return lease.IsAcquired;
    }

    private void PruneFull()
    {
        foreach (var (key, bucket) in _buckets)
        {
            bucket.TryReplenish();
            // Not disposed: a caller may still hold it, and without auto-replenishment it owns no timer.
            if (bucket.GetStatistics()?.CurrentAvailablePermits == _options.TokenLimit) _buckets.TryRemove(new KeyValuePair<string, TokenBucketRateLimiter>(key, bucket));
        }
        // Many members all still limited: scan again only when the set has doubled, so a big flood does not scan per message.
        Volatile.Write(ref _pruneAt, Math.Max(_pruneAbove, _buckets.Count * 2));
    }
}

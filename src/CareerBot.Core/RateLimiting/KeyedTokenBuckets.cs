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
    // A shorter delay completes at once, and a waiting loop would spin.
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(1);

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

    /// <summary>
    /// Takes one token from <paramref name="key"/>'s bucket, checking again every tenth of the refill interval while it is
    /// empty (the granularity PartitionedRateLimiter's heartbeat gave) — a timer only while someone waits. The limiter's own
    /// retry-after is a whole interval, which would leave most of a refilled token unused. Waiters on one key are not queued
    /// in order: callers that need order send one at a time.
    /// </summary>
    public async Task WaitAsync(string key, CancellationToken cancellationToken)
    {
        var poll = _options.ReplenishmentPeriod / 10 > MinimumWait ? _options.ReplenishmentPeriod / 10 : MinimumWait;
        while (!TryAcquire(key)) await Task.Delay(poll, cancellationToken);
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

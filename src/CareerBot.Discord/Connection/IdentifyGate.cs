using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Connection;

/// <summary>
/// Respects <c>session_start_limit</c>: at most <c>max_concurrency</c> IDENTIFYs per 5 s per rate-limit key (<c>shard_id % max_concurrency</c>),
/// and none once the daily allowance is spent (Discord resets the token of a bot that keeps identifying).
/// </summary>
public sealed class IdentifyGate(GatewayTimings timings, TimeProvider time, ILogger<IdentifyGate> logger)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<int, long> _lastIdentify = [];
    private SessionStartLimit? _limit;
    private long _limitObservedAt;

    public void Update(SessionStartLimit limit)
    {
        lock (_lastIdentify)
        {
            _limit = limit;
            _limitObservedAt = time.GetTimestamp();
        }
    }

    public async Task WaitForTurnAsync(int shardId, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            SessionStartLimit? limit;
            long observedAt;
            lock (_lastIdentify) (limit, observedAt) = (_limit, _limitObservedAt);
            if (limit is { Remaining: <= 0 })
            {
                var wait = TimeSpan.FromMilliseconds(limit.ResetAfter) - time.GetElapsedTime(observedAt);
                if (wait > TimeSpan.Zero)
                {
                    logger.LogWarning("Discord's daily IDENTIFY allowance ({Total}) is used up; shard {ShardId} waits {Wait} before starting a new session", limit.Total, shardId, wait);
                    await Task.Delay(wait, time, cancellationToken);
                }
                limit = limit with { Remaining = limit.Total };
            }

            var key = shardId % Math.Max(1, limit?.MaxConcurrency ?? 1);
            if (_lastIdentify.TryGetValue(key, out var last))
            {
                var wait = timings.IdentifyWindow - time.GetElapsedTime(last);
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
            }
            _lastIdentify[key] = time.GetTimestamp();
            lock (_lastIdentify)
                if (limit is not null) _limit = limit with { Remaining = limit.Remaining - 1 };
        }
        finally
        {
            _lock.Release();
        }
    }
}

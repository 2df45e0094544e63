using CareerBot.Core.Fleet;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Connection;

/// <summary>
/// Respects <c>session_start_limit</c>: at most <c>max_concurrency</c> IDENTIFYs per 5 s per rate-limit key (<c>shard_id % max_concurrency</c>),
/// and none once the daily allowance is spent (Discord resets the token of a bot that keeps identifying). Shards of this
/// process wait for each other here; with <see cref="ISharedTurns"/> (a fleet on PostgreSQL) they also wait for the other
/// processes' shards, holding the bucket's shared turn from before their IDENTIFY until the window after it has passed.
/// </summary>
public sealed class IdentifyGate(GatewayTimings timings, TimeProvider time, ILogger<IdentifyGate> logger, ISharedTurns? sharedTurns = null) : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<int, long> _lastIdentify = [];
    private readonly CancellationTokenSource _disposing = new();
    private readonly List<Task> _releases = [];
    private SessionStartLimit? _limit;
    private long _limitObservedAt;

    /// <summary>True when the shards of other processes on this store take turns with ours (a fleet on PostgreSQL).</summary>
    public bool SharesTurns => sharedTurns is not null;

    /// <summary>Between two IDENTIFYs in one bucket: Discord's window and our margin.</summary>
    private TimeSpan Spacing => timings.IdentifyWindow + timings.IdentifyMargin;

    public void Update(SessionStartLimit limit)
    {
        lock (_lastIdentify)
        {
            _limit = limit;
            _limitObservedAt = time.GetTimestamp();
        }
    }

    /// <summary>Waits for the shard's turn. Send IDENTIFY, then dispose the turn: the window is counted from then.</summary>
    public async Task<IAsyncDisposable> WaitForTurnAsync(int shardId, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        IAsyncDisposable? shared = null;
        try
        {
            var started = time.GetTimestamp();
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
            if (sharedTurns is not null)
            {
                shared = await sharedTurns.TakeAsync(key, cancellationToken);
                logger.LogInformation("Shard {ShardId} took the shared IDENTIFY turn of bucket {Bucket} after {Waited:0.0} s", shardId, key, time.GetElapsedTime(started).TotalSeconds);
            }
            if (_lastIdentify.TryGetValue(key, out var last))
            {
                var wait = Spacing - time.GetElapsedTime(last);
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
            }
            lock (_lastIdentify)
                if (limit is not null) _limit = limit with { Remaining = limit.Remaining - 1 };
            return new Turn(this, key, shared);
        }
        catch
        {
            if (shared is not null) await shared.DisposeAsync();
            _lock.Release();
            throw;
        }
    }

    private void Identified(int key, IAsyncDisposable? shared)
    {
        _lastIdentify[key] = time.GetTimestamp();
        if (shared is not null)
            lock (_releases)
            {
                _releases.RemoveAll(r => r.IsCompleted);
                _releases.Add(ReleaseAfterWindowAsync(key, shared));
            }
        _lock.Release();
    }

    /// <summary>Other processes' shards in the bucket wait until Discord's window (and the margin) after this IDENTIFY has passed.</summary>
    private async Task ReleaseAfterWindowAsync(int key, IAsyncDisposable shared)
    {
        try
        {
            await Task.Delay(Spacing, time, _disposing.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopping: nothing of ours identifies any more.
        }
        await shared.DisposeAsync();
        logger.LogDebug("Gave back the shared IDENTIFY turn of bucket {Bucket}", key);
    }

    /// <summary>On stop, turns still held are given back at once, so a restarted process need not wait for them.</summary>
    public async ValueTask DisposeAsync()
    {
        await _disposing.CancelAsync();
        await Task.WhenAll(PendingReleases());
    }

    // The host disposes its services synchronously when it is not disposed with await.
    public void Dispose()
    {
        _disposing.Cancel();
        Task.WaitAll(PendingReleases(), TimeSpan.FromSeconds(5));
    }

    private Task[] PendingReleases()
    {
        lock (_releases) return [.. _releases];
    }

    /// <summary>Disposed once IDENTIFY is sent (or could not be): records it and starts the window.</summary>
    private sealed class Turn(IdentifyGate gate, int key, IAsyncDisposable? shared) : IAsyncDisposable
    {
        private int _disposed;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) gate.Identified(key, shared);
            return ValueTask.CompletedTask;
        }
    }
}

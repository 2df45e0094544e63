namespace CareerBot.Discord.Rest;

/// <summary>
/// Discord's global limit: 50 requests in any second per bot, and a full stop after a global 429. Interaction routes are exempt.
/// Discord counts a request when it arrives, some time between our send and its response; so a request holds its slot from
/// the send until one second after its response came back. That never lets 51 arrivals fall into one second, whatever the
/// network or CPU jitter, and costs only the round trip: 50 per (1 s + RTT), instead of a fixed safety margin.
/// </summary>
public sealed class GlobalRateLimit(TimeProvider time)
{
    public const int RequestsPerSecond = 50;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _order = new(1, 1);
    private readonly Lock _state = new();
    private readonly List<Slot> _slots = [];
    private TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _parkedUntil;

    /// <summary>Waits for a slot (in FIFO order); dispose the slot when the response (or failure) arrived. Null for exempt routes.</summary>
    public async Task<IDisposable?> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        if (route.ExemptFromGlobal) return null;
        await _order.WaitAsync(cancellationToken);
        try
        {
            var parkedUntil = Interlocked.Read(ref _parkedUntil);
            var now = time.GetTimestamp();
            if (parkedUntil > now) await Task.Delay(time.GetElapsedTime(now, parkedUntil), time, cancellationToken);
            while (true)
            {
                Task wait;
                lock (_state)
                {
                    now = time.GetTimestamp();
                    _slots.RemoveAll(s => s.AnsweredAt is { } at && time.GetElapsedTime(at, now) >= Window);
                    if (_slots.Count < RequestsPerSecond)
                    {
                        var slot = new Slot(this);
                        _slots.Add(slot);
                        return slot;
                    }
                    var oldest = _slots.Where(s => s.AnsweredAt is not null).Select(s => s.AnsweredAt!.Value).DefaultIfEmpty(long.MaxValue).Min();
                    // All 50 still in flight: the earliest a slot can free is a second after the next response.
                    wait = oldest == long.MaxValue ? _answered.Task : Task.Delay(Window - time.GetElapsedTime(oldest, now), time, cancellationToken);
                }
                await wait.WaitAsync(cancellationToken);
            }
        }
        finally
        {
            _order.Release();
        }
    }

    public void Park(TimeSpan retryAfter)
    {
        var until = time.GetTimestamp() + (long)(retryAfter.TotalSeconds * time.TimestampFrequency);
        long current;
        do current = Interlocked.Read(ref _parkedUntil);
        while (until > current && Interlocked.CompareExchange(ref _parkedUntil, until, current) != current);
    }

    private void Answered(Slot slot)
    {
        TaskCompletionSource answered;
        lock (_state)
        {
            if (slot.AnsweredAt is not null) return;
            slot.AnsweredAt = time.GetTimestamp();
            answered = _answered;
            _answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        answered.TrySetResult();
    }

    private sealed class Slot(GlobalRateLimit owner) : IDisposable
    {
        public long? AnsweredAt;

        public void Dispose() => owner.Answered(this);
    }
}

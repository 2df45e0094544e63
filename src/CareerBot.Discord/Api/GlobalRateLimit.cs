namespace CareerBot.Discord.Api;

/// <summary>
/// Discord's global limit: 50 requests in any second per bot, and a full stop after a global 429. Interaction routes are exempt.
/// Discord counts a request when it arrives, some time between our send and its response; so a request holds its slot from
/// the send until one second after its response came back. That never lets 51 arrivals fall into one second, whatever the
/// network or CPU jitter, and costs only the round trip: 50 per (1 s + RTT), instead of a fixed safety margin.
/// </summary>
/// <remarks>
/// Waiters are served in FIFO order by one timer, in batches: it fires once there are free slots for every waiter, but no later
/// than <see cref="MaxBatchWait"/> after the first slot frees (plus <see cref="Grain"/>), and starts each granted request on its
/// own thread (synchronous continuations). Requests granted together are answered together, so their slots free together a
/// second later and the next batch goes without waiting: after the first second the batching costs only the grain. One
/// wake-up sends several replies, where a wake-up per reply cost the bot most of its CPU while replies queued (docs/PERFORMANCE.md).
/// </remarks>
public sealed class GlobalRateLimit : IDisposable
{
    public const int RequestsPerSecond = 50;
    public static readonly TimeSpan Grain = TimeSpan.FromMilliseconds(5);
    public static readonly TimeSpan MaxBatchWait = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time;
    private readonly ITimer _timer;
    private readonly Lock _state = new();
    private readonly Queue<Waiter> _waiters = new();
    private readonly List<Slot> _slots = [];
    private long _parkedUntil;
    private long? _timerDue;

    public GlobalRateLimit(TimeProvider time)
    {
        _time = time;
        _timer = time.CreateTimer(_ => Grant(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Waits for a slot (in FIFO order); dispose the slot when the response (or failure) arrived. Null for exempt routes.</summary>
    public Task<IDisposable?> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        if (route.ExemptFromGlobal) return Task.FromResult<IDisposable?>(null);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_state)
        {
            var now = _time.GetTimestamp();
            if (_waiters.Count == 0 && TryTakeSlot(now) is { } slot) return Task.FromResult<IDisposable?>(slot);
            var waiter = new Waiter(cancellationToken);
            _waiters.Enqueue(waiter);
            ScheduleLocked(now);
            return waiter.Task;
        }
    }

    public void Park(TimeSpan retryAfter)
    {
        lock (_state)
        {
            var now = _time.GetTimestamp();
            _parkedUntil = Math.Max(_parkedUntil, now + _time.Ticks(retryAfter));
            ScheduleLocked(now);
        }
    }

    public void Dispose() => _timer.Dispose();

    private Slot? TryTakeSlot(long now)
    {
        if (_parkedUntil > now) return null;
        // Expired slots are cleared only when the list is full: a batch of grants then scans it once, not once per grant.
        if (_slots.Count >= RequestsPerSecond) _slots.RemoveAll(s => s.AnsweredAt is { } at && _time.GetElapsedTime(at, now) >= Window);
        if (_slots.Count >= RequestsPerSecond) return null;
        var slot = new Slot(this);
        _slots.Add(slot);
        return slot;
    }

    /// <summary>Arms the timer for the next batch (see <see cref="BatchDueLocked"/>), or leaves it off while every slot is in flight: an answer arms it.</summary>
    private void ScheduleLocked(long now)
    {
        if (_waiters.Count == 0 || BatchDueLocked(now) is not { } batchDue) return;
        var due = Math.Max(batchDue, _parkedUntil) + _time.Ticks(Grain);
        if (_timerDue == due) return;
        _timerDue = due;
        _timer.Change(_time.GetElapsedTime(now, Math.Max(now, due)), Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// When the waiters go: once there are free slots for all of them, but no later than <see cref="MaxBatchWait"/> after the
    /// first slot frees. Null while every slot is in flight.
    /// </summary>
    private long? BatchDueLocked(long now)
    {
        Span<long> freeTimes = stackalloc long[RequestsPerSecond];
        var count = 0;
        for (var unused = _slots.Count; unused < RequestsPerSecond; unused++) freeTimes[count++] = now;
        foreach (var slot in _slots)
            if (slot.AnsweredAt is { } at) freeTimes[count++] = at + _time.Ticks(Window);
        if (count == 0) return null;
        freeTimes = freeTimes[..count];
        freeTimes.Sort();
        return Math.Min(freeTimes[Math.Min(_waiters.Count, count) - 1], freeTimes[0] + _time.Ticks(MaxBatchWait));
    }

    private void Grant()
    {
        List<(Waiter Waiter, Slot Slot)>? granted = null;
        lock (_state)
        {
            _timerDue = null;
            var now = _time.GetTimestamp();
            while (_waiters.TryPeek(out var waiter))
            {
                if (waiter.Task.IsCompleted)
                {
                    _waiters.Dequeue(); // cancelled while waiting
                    continue;
                }
                if (TryTakeSlot(now) is not { } slot) break;
                _waiters.Dequeue();
                (granted ??= []).Add((waiter, slot));
            }
            ScheduleLocked(now);
        }
        if (granted is null) return;
        foreach (var (waiter, slot) in granted)
            if (!waiter.TryGrant(slot)) Abandon(slot);
    }

    private void Answered(Slot slot)
    {
        lock (_state)
        {
            if (slot.AnsweredAt is not null) return;
            var now = _time.GetTimestamp();
            slot.AnsweredAt = now;
            ScheduleLocked(now);
        }
    }

    /// <summary>A slot granted to a waiter that was cancelled in the meantime was never used: it frees at once.</summary>
    private void Abandon(Slot slot)
    {
        lock (_state) _slots.Remove(slot);
        Grant();
    }

    private sealed class Slot(GlobalRateLimit owner) : IDisposable
    {
        public long? AnsweredAt;

        public void Dispose() => owner.Answered(this);
    }

    /// <summary>A queued request. Its continuation runs on the granting thread, up to the request's own first wait (the network).</summary>
    private sealed class Waiter
    {
        private readonly TaskCompletionSource<IDisposable?> _granted = new();
        private readonly CancellationTokenRegistration _cancellation;

        public Waiter(CancellationToken cancellationToken) =>
            _cancellation = cancellationToken.Register(() => _granted.TrySetCanceled(cancellationToken));

        public Task<IDisposable?> Task => _granted.Task;

        public bool TryGrant(Slot slot)
        {
            _cancellation.Dispose();
            return _granted.TrySetResult(slot);
        }
    }
}

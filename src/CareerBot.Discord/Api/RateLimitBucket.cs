namespace CareerBot.Discord.Api;

/// <summary>
/// One Discord rate-limit bucket. Requests pass in FIFO order; none is sent while the bucket is known to be empty.
/// Until the first response tells the bucket's size, one request at a time probes it.
/// </summary>
public sealed class RateLimitBucket(TimeProvider time)
{
    private static readonly TimeSpan NewWindowSlack = TimeSpan.FromMilliseconds(100);

    private readonly SemaphoreSlim _queue = new(1, 1);
    private readonly Lock _state = new();
    private bool _known;
    private bool _probing;
    private TaskCompletionSource _learned = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _limit;
    private int _remaining;
    private TimeSpan _window;
    private long _resetAt;

    /// <summary>Requests left in the current window as far as we know (null before the first response).</summary>
    public int? Remaining { get { lock (_state) return _known ? _remaining : null; } }

    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        await _queue.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                Task wait;
                lock (_state)
                {
                    if (!_known)
                    {
                        if (!_probing)
                        {
                            _probing = true;
                            return;
                        }
                        wait = _learned.Task;
                    }
                    else
                    {
                        var now = time.GetTimestamp();
                        if (now >= _resetAt && _remaining <= 0)
                        {
                            // The window has passed; assume it refilled until a response says otherwise.
                            _remaining = _limit;
                            _resetAt = now + time.Ticks(_window);
                        }
                        if (_remaining > 0)
                        {
                            _remaining--;
                            return;
                        }
                        wait = Task.Delay(time.GetElapsedTime(now, _resetAt), time, cancellationToken);
                    }
                }
                await wait.WaitAsync(cancellationToken);
            }
        }
        finally
        {
            _queue.Release();
        }
    }

    /// <summary>Takes in a response's headers; a response without bucket headers means the route is not limited.</summary>
    public void Update(RateLimitHeaders headers)
    {
        lock (_state)
        {
            var now = time.GetTimestamp();
            if (!headers.HasBucketState)
            {
                if (!_known) { _known = true; _limit = _remaining = int.MaxValue; _window = TimeSpan.Zero; _resetAt = now; }
            }
            else
            {
                var resetAt = now + time.Ticks(headers.ResetAfter!.Value);
                var newWindow = !_known || resetAt > _resetAt + time.Ticks(NewWindowSlack);
                _limit = headers.Limit!.Value;
                _remaining = newWindow ? headers.Remaining!.Value : Math.Min(_remaining, headers.Remaining!.Value);
                _window = headers.ResetAfter.Value > _window ? headers.ResetAfter.Value : _window;
                _resetAt = newWindow ? resetAt : Math.Max(_resetAt, resetAt);
                _known = true;
            }
            EndProbe();
        }
    }

    /// <summary>After a 429 for this bucket: nothing goes out until <paramref name="retryAfter"/> has passed.</summary>
    public void Park(TimeSpan retryAfter)
    {
        lock (_state)
        {
            var until = time.GetTimestamp() + time.Ticks(retryAfter);
            if (!_known) { _limit = 1; _window = retryAfter; }
            _known = true;
            _remaining = 0;
            // The 429 is the freshest word on this bucket.
            _resetAt = until;
            EndProbe();
        }
    }

    /// <summary>The probe failed without a response (network error): let the next request probe.</summary>
    public void ProbeFailed()
    {
        lock (_state) EndProbe();
    }

    private void EndProbe()
    {
        if (!_probing) return;
        _probing = false;
        var learned = _learned;
        _learned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        learned.TrySetResult();
    }
}

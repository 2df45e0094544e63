namespace CareerBot.Discord.Rest;

/// <summary>
/// Discord's global limit: 50 requests in any second per bot, and a full stop after a global 429. Interaction routes are exempt.
/// Kept as the send times of the last requests rather than a System.Threading.RateLimiting window, because those windows
/// only approximate "any second" and let bursts through that Discord counts as over the limit.
/// </summary>
public sealed class GlobalRateLimit(TimeProvider time)
{
    public const int RequestsPerSecond = 50;
    /// <summary>Headroom (10%): requests sent a moment apart can arrive bunched (e.g. while new connections open).</summary>
    private const int Allowed = RequestsPerSecond * 9 / 10;

    private readonly SemaphoreSlim _order = new(1, 1);
    private readonly Queue<long> _recent = new();
    private long _parkedUntil;

    public async Task WaitAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        if (route.ExemptFromGlobal) return;
        await _order.WaitAsync(cancellationToken);
        try
        {
            var parkedUntil = Interlocked.Read(ref _parkedUntil);
            var now = time.GetTimestamp();
            if (parkedUntil > now) await Task.Delay(time.GetElapsedTime(now, parkedUntil), time, cancellationToken);
            while (_recent.Count >= Allowed)
            {
                var age = time.GetElapsedTime(_recent.Peek());
                if (age >= TimeSpan.FromSeconds(1)) _recent.Dequeue();
                else await Task.Delay(TimeSpan.FromSeconds(1) - age, time, cancellationToken);
            }
            _recent.Enqueue(time.GetTimestamp());
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
}

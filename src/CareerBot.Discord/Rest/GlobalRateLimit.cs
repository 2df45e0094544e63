using System.Threading.RateLimiting;

namespace CareerBot.Discord.Rest;

/// <summary>Discord's global limit: 50 requests per second per bot, and a full stop after a global 429. Interaction routes are exempt.</summary>
public sealed class GlobalRateLimit(TimeProvider time) : IDisposable
{
    public const int RequestsPerSecond = 50;

    private readonly TokenBucketRateLimiter _limiter = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = RequestsPerSecond,
        TokensPerPeriod = RequestsPerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });
    private long _parkedUntil;

    public async Task WaitAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        if (route.ExemptFromGlobal) return;
        var parkedUntil = Interlocked.Read(ref _parkedUntil);
        var now = time.GetTimestamp();
        if (parkedUntil > now) await Task.Delay(time.GetElapsedTime(now, parkedUntil), time, cancellationToken);
        using var lease = await _limiter.AcquireAsync(1, cancellationToken);
    }

    public void Park(TimeSpan retryAfter)
    {
        var until = time.GetTimestamp() + (long)(retryAfter.TotalSeconds * time.TimestampFrequency);
        long current;
        do current = Interlocked.Read(ref _parkedUntil);
        while (until > current && Interlocked.CompareExchange(ref _parkedUntil, until, current) != current);
    }

    public void Dispose() => _limiter.Dispose();
}

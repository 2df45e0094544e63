using System.Collections.Concurrent;

namespace CareerBot.Slack.WebApi;

/// <summary>
/// Holds back calls to one Web API method after Slack answered 429 with Retry-After: Slack limits per method, so only
/// that method waits. A token bucket would guess at limits; Slack tells us the exact pause, so this gate just keeps it.
/// </summary>
public sealed class SlackRateLimitGate(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _blockedUntil = new(StringComparer.Ordinal);

    public TimeSpan Remaining(string method) =>
        _blockedUntil.TryGetValue(method, out var until) && until > time.GetUtcNow() ? until - time.GetUtcNow() : TimeSpan.Zero;

    public async ValueTask WaitAsync(string method, CancellationToken cancellationToken)
    {
        var wait = Remaining(method);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
    }

    public void Block(string method, TimeSpan retryAfter)
    {
        var until = time.GetUtcNow() + retryAfter;
        _blockedUntil.AddOrUpdate(method, until, (_, existing) => existing > until ? existing : until);
    }
}

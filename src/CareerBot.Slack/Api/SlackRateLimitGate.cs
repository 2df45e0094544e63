using System.Collections.Concurrent;
using CareerBot.Slack.Outbound;

namespace CareerBot.Slack.Api;

/// <summary>
/// Holds back calls to one Web API method (or, for chat.postMessage, one method in one channel) after Slack answered 429
/// with Retry-After: Slack limits per method, and posts per channel, so only that key waits.
/// Slack tells us the exact pause, so this gate just keeps it (SlackChannelPacer is what avoids most 429s).
/// </summary>
public sealed class SlackRateLimitGate(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _blockedUntil = new(StringComparer.Ordinal);

    public TimeSpan Remaining(string key) =>
        _blockedUntil.TryGetValue(key, out var until) && until > time.GetUtcNow() ? until - time.GetUtcNow() : TimeSpan.Zero;

    public async ValueTask WaitAsync(string key, CancellationToken cancellationToken)
    {
        var wait = Remaining(key);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
    }

    public void Block(string key, TimeSpan retryAfter)
    {
        var until = time.GetUtcNow() + retryAfter;
        _blockedUntil.AddOrUpdate(key, until, (_, existing) => existing > until ? existing : until);
    }
}

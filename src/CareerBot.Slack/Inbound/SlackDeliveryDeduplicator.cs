using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Inbound;

/// <summary>
/// Remembers delivery keys (event_id, channel+ts) for a window so a retried or doubled delivery is answered once.
/// Bounded both in time and in count: the oldest keys go first.
/// </summary>
public sealed class SlackDeliveryDeduplicator(IOptions<SlackOptions> options, TimeProvider time)
{
    public const int MaxKeys = 100_000;
    private readonly TimeSpan _window = options.Value.DeduplicationWindow;
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expires)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>True the first time a key is seen within the window; false for a repeat.</summary>
    public bool IsFirstDelivery(string key)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            while (_order.Count > 0 && (_order.Peek().Expires <= now || _order.Count >= MaxKeys))
            {
                var (oldKey, expires) = _order.Dequeue();
                if (_seen.TryGetValue(oldKey, out var current) && current == expires) _seen.Remove(oldKey);
            }
            if (_seen.TryGetValue(key, out var until) && until > now) return false;
            var expiry = now + _window;
            _seen[key] = expiry;
            _order.Enqueue((key, expiry));
            return true;
        }
    }
}

namespace CareerBot.Adapters.Inbound;

/// <summary>
/// Keys seen within the last <paramref name="window"/>: "have we handled this already?" for redelivered events and
/// replayed requests. Bounded by time only, never by count, so a burst of new keys cannot push a recent one out and
/// let its replay through. Thread-safe.
/// </summary>
public sealed class WindowedKeys(TimeSpan window, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expires)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Keys remembered now (expired ones are dropped as new keys arrive).</summary>
    public int Count
    {
        get { lock (_lock) return _seen.Count; }
    }

    /// <summary>True the first time <paramref name="key"/> is seen within the window; false for a repeat.</summary>
    public bool TryAdd(string key)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            while (_order.Count > 0 && _order.Peek().Expires <= now)
            {
                var (oldKey, expires) = _order.Dequeue();
                if (_seen.TryGetValue(oldKey, out var current) && current == expires) _seen.Remove(oldKey);
            }
            if (_seen.TryGetValue(key, out var until) && until > now) return false;
            var expiry = now + window;
            _seen[key] = expiry;
            _order.Enqueue((key, expiry));
            return true;
        }
    }
}

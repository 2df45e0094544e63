using System.Collections.Concurrent;

namespace CareerBot.Core.Pipeline;

/// <summary>
/// The most recent keys seen, up to a capacity (the oldest are forgotten first): "have we handled this already?" for
/// redelivered events and repeated clicks. Thread-safe.
/// </summary>
public sealed class RecentKeys(int capacity)
{
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>True the first time <paramref name="key"/> is seen (while remembered); false for a repeat.</summary>
    public bool TryAdd(string key)
    {
        if (!_seen.TryAdd(key, 0)) return false;
        _order.Enqueue(key);
        while (_order.Count > capacity && _order.TryDequeue(out var old)) _seen.TryRemove(old, out _);
        return true;
    }

    /// <summary>Forgets <paramref name="key"/>, e.g. when the work it stood for failed and may be tried again.</summary>
    public void Remove(string key) => _seen.TryRemove(key, out _);
}

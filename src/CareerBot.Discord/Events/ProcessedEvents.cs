using System.Collections.Concurrent;

namespace CareerBot.Discord.Events;

/// <summary>At most one answer per message or interaction id: Discord may deliver an event more than once (RESUME replays, duplicates).</summary>
public sealed class ProcessedEvents
{
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, byte> _seen = new();
    private readonly ConcurrentQueue<string> _order = new();

    public bool TryClaim(string id)
    {
        if (!_seen.TryAdd(id, 0)) return false;
        _order.Enqueue(id);
        while (_order.Count > Capacity && _order.TryDequeue(out var old)) _seen.TryRemove(old, out _);
        return true;
    }
}

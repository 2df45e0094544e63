using CareerBot.Core.Pipeline;

namespace CareerBot.Discord.Events;

/// <summary>At most one answer per message or interaction id: Discord may deliver an event more than once (RESUME replays, duplicates).</summary>
public sealed class ProcessedEvents
{
    private readonly RecentKeys _seen = new(10_000);

    public bool TryClaim(string id) => _seen.TryAdd(id);
}

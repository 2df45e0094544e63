using CareerBot.Adapters.Http;
using CareerBot.Adapters.Inbound;

namespace CareerBot.Discord.Inbound;

/// <summary>
/// At most one answer per message or interaction id: Discord may deliver an event more than once (RESUME replays,
/// duplicates), and a signed HTTP interaction may be replayed while its timestamp is fresh. Ids are remembered for the
/// whole replay window, however many other events arrive meanwhile.
/// </summary>
public sealed class ProcessedEvents(TimeProvider time)
{
    private readonly WindowedKeys _seen = new(SignedTimestamp.RememberFor, time);

    public bool TryClaim(string id) => _seen.TryAdd(id);
}

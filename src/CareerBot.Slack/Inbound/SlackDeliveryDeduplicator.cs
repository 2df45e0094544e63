using CareerBot.Adapters.Inbound;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Inbound;

/// <summary>Remembers delivery keys (event_id, channel+ts) for <c>Slack:DeduplicationWindow</c> so a retried or doubled delivery is answered once.</summary>
public sealed class SlackDeliveryDeduplicator(IOptions<SlackOptions> options, TimeProvider time)
{
    private readonly WindowedKeys _seen = new(options.Value.DeduplicationWindow, time);

    /// <summary>True the first time a key is seen within the window; false for a repeat.</summary>
    public bool IsFirstDelivery(string key) => _seen.TryAdd(key);
}

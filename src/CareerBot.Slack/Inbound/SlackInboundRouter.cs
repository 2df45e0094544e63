using System.Text.Json;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Inbound;

/// <summary>
/// Shared by Socket Mode and HTTP: takes an already-acknowledged delivery, drops duplicates and events the bot does
/// not answer, and queues the rest for the workers without waiting.
/// </summary>
public sealed class SlackInboundRouter(
    SlackIdentityStore identity,
    SlackDeliveryDeduplicator deduplicator,
    SlackWorkQueue queue,
    SlackMetrics metrics,
    ILogger<SlackInboundRouter> logger)
{
    public void RouteEventCallback(JsonElement callback, int retryAttempt)
    {
        var type = callback.GetStringOrNull("type");
        if (type == "app_rate_limited")
        {
            logger.LogWarning("Slack is rate-limiting event deliveries to this app (app_rate_limited)");
            return;
        }
        if (type != "event_callback") return;
        // A retry is processed unless its first delivery was: it may be the only one that ever arrived.
        if (callback.GetStringOrNull("event_id") is { } eventId && !deduplicator.IsFirstDelivery("event:" + eventId))
        {
            logger.LogDebug("Duplicate Slack event {EventId} (retry {RetryAttempt}) ignored", eventId, retryAttempt);
            metrics.Delivery("duplicate");
            return;
        }
        if (SlackEventMapper.ToQuestion(callback, identity.Current) is not { } question)
        {
            metrics.Delivery("ignored");
            return;
        }
        // A DM mention arrives as both app_mention and message.im with different event ids; answer the message once.
        if (!deduplicator.IsFirstDelivery("message:" + question.Channel + ":" + question.MessageTs))
        {
            metrics.Delivery("duplicate");
            return;
        }
        Enqueue(question);
    }

    public void RouteSlashCommand(SlackSlashCommand command) => Enqueue(command);

    private void Enqueue(SlackWorkItem item)
    {
        var queued = queue.TryEnqueue(item);
        metrics.Delivery(queued ? "queued" : "dropped");
        if (!queued)
            logger.LogError("The Slack work queue is full; a {Item} was dropped. Raise Slack:Workers or Slack:QueueCapacity", item.GetType().Name);
    }
}

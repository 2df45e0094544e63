using System.Text.Json;
using CareerBot.Slack.Connection;
using CareerBot.Slack.Interactions;
using CareerBot.Slack.Outbound;
using CareerBot.Slack.Wire;
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

    /// <summary>
    /// Routes an interactive payload (Socket Mode <c>interactive</c> envelope or HTTP <c>payload</c> field). Returns true
    /// when a worker now owns the acknowledgement (a modal submission, whose ack carries the outcome); false when the
    /// receiver must acknowledge at once with no payload (button clicks, anything else).
    /// </summary>
    public bool RouteInteraction(JsonElement payload, SlackAckSender acknowledge)
    {
        if (SlackEventMapper.ToViewSubmission(payload, SlackEditModal.InputBlockId, SlackEditModal.InputActionId, acknowledge) is { } submission)
            return Enqueue(submission);
        if (SlackEventMapper.ToButtonClick(payload) is { } click && SlackReplyRenderer.IsAnswerAction(click.ActionId))
            Enqueue(click);
        else
        {
            metrics.Delivery("ignored");
            logger.LogDebug("Acknowledged a Slack {Type} interaction the bot does not handle", SlackEventMapper.InteractionType(payload));
        }
        return false;
    }

    private bool Enqueue(SlackWorkItem item)
    {
        var queued = queue.TryEnqueue(item);
        metrics.Delivery(queued ? "queued" : "dropped");
        if (!queued)
            logger.LogError("The Slack work queue is full; a {Item} was dropped. Raise Slack:Workers or Slack:QueueCapacity", item.GetType().Name);
        return queued;
    }
}

using CareerBot.Slack.Inbound;

namespace CareerBot.Slack.Interactions;

/// <summary>
/// A submitted modal (<c>view_submission</c>), not yet acknowledged: the worker acks it through <paramref name="AcknowledgeAsync"/>
/// with field errors (the modal stays open) or without (it closes).
/// </summary>
/// <param name="CallbackId">The modal's callback_id, e.g. a knowledge edit form's ModalId.</param>
/// <param name="ChannelId">From private_metadata: where the modal was opened, for the confirmation.</param>
/// <param name="Value">The text field's submitted value; null when the modal has none.</param>
public sealed record SlackViewSubmission(string UserId, string CallbackId, string ChannelId, string? Value, SlackAckSender AcknowledgeAsync) : SlackWorkItem;

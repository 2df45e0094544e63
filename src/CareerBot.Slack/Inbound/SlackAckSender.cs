using System.Text.Json.Nodes;

namespace CareerBot.Slack.Inbound;

/// <summary>
/// Sends the acknowledgement of an interaction that Slack lets the app answer in its ack (a modal submission): over
/// the socket that delivered the envelope, or as the body of the pending HTTP response. <c>null</c> acks with no payload.
/// </summary>
public delegate Task SlackAckSender(JsonObject? responsePayload, CancellationToken cancellationToken);

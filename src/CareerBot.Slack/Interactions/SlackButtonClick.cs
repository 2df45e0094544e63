using CareerBot.Slack.Inbound;

namespace CareerBot.Slack.Interactions;

/// <summary>A click on a button in a message (<c>block_actions</c>), already acknowledged; answered through <paramref name="ResponseUrl"/>.</summary>
/// <param name="MessageTs">The ts of the message holding the button: the answer being rated.</param>
/// <param name="ChannelId">The conversation holding that message.</param>
/// <param name="ThreadTs">The thread the message is in; null for a message outside a thread.</param>
public sealed record SlackButtonClick(string UserId, string ActionId, string Value, string MessageTs, string ResponseUrl, string ChannelId = "", string? ThreadTs = null) : SlackWorkItem;

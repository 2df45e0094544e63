using CareerBot.Slack.Wire;

namespace CareerBot.Slack.Outbound;

/// <summary>One message ready to send: blocks plus the plain-text fallback used for notifications and screen readers.</summary>
public sealed record SlackMessageContent(string Text, IReadOnlyList<SlackBlock> Blocks);

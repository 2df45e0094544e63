namespace CareerBot.Slack.Inbound;

/// <summary>
/// A mention or DM the bot should answer. A channel mention is answered in the thread <paramref name="ThreadTs"/> (the
/// message's own ts when it started no thread); a DM outside a thread is answered in the conversation (null).
/// </summary>
/// <param name="Text">The question with the bot's mention removed and Slack's escaping undone.</param>
public sealed record SlackQuestion(string Channel, string? ThreadTs, string MessageTs, string UserId, string Text) : SlackWorkItem;

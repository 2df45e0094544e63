using CareerBot.Slack.Inbound;

namespace CareerBot.Slack.Interactions;

/// <summary>A slash command invocation (HTTP form fields or the Socket Mode payload); answered through <paramref name="ResponseUrl"/>.</summary>
/// <param name="Command">As typed, with the slash: <c>/offer</c>.</param>
/// <param name="Text">Everything after the command, unescaped.</param>
/// <param name="TriggerId">Lets the bot open a modal (views.open) once, within about 3 s of the command.</param>
public sealed record SlackSlashCommand(string Command, string Text, string UserId, string ChannelId, string ResponseUrl, string? TriggerId = null) : SlackWorkItem;

namespace CareerBot.Slack.Wire;

/// <summary>Who the bot is, from <c>auth.test</c>: its own user id is how it recognises (and ignores) its own messages.</summary>
public sealed record SlackIdentity(string UserId, string? BotId, string TeamId, string UserName);

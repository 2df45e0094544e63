namespace CareerBot.Slack.Wire;

/// <summary>The parts of <c>users.info</c> the adapter uses: a display name, the workspace role and the user's own team.</summary>
/// <param name="TeamId">The user's home team; another organization's for a Slack Connect user.</param>
public sealed record SlackUserInfo(string Id, string Name, bool IsAdmin, bool IsOwner, bool IsRestricted, bool IsBot, string? TeamId = null);

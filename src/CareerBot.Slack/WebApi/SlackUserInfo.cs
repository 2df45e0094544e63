namespace CareerBot.Slack.WebApi;

/// <summary>The parts of <c>users.info</c> the adapter uses: a display name and the workspace role.</summary>
public sealed record SlackUserInfo(string Id, string Name, bool IsAdmin, bool IsOwner, bool IsRestricted, bool IsBot);

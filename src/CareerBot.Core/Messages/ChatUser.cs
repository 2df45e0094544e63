namespace CareerBot.Core.Messages;

/// <summary>Who wrote a message. Moderator status is decided by the adapter from platform facts (roles, permissions, config).</summary>
public sealed record ChatUser(string Platform, string Id, string DisplayName, bool IsModerator = false);

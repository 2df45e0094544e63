using CareerBot.Core.Pipeline;

namespace CareerBot.ConsoleChat;

/// <summary>The person at the terminal; a moderator when started with --moderator NAME.</summary>
public static class ConsoleUser
{
    public const string Platform = "console";

    public static ChatUser Create(string? moderator) =>
        moderator is { Length: > 0 }
            ? new ChatUser(Platform, moderator, moderator, IsModerator: true)
            : new ChatUser(Platform, Environment.UserName, Environment.UserName);
}

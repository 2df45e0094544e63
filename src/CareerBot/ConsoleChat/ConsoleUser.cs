using CareerBot.Core.Messages;

namespace CareerBot.ConsoleChat;

/// <summary>The person at the terminal: a moderator when started with --moderator NAME, else the member --user NAME (default: the OS user).</summary>
public static class ConsoleUser
{
    public const string Platform = "console";

    public static ChatUser Create(string? moderator, string? member = null) =>
        moderator is { Length: > 0 }
            ? new ChatUser(Platform, moderator, moderator, IsModerator: true)
            : member is { Length: > 0 }
                ? new ChatUser(Platform, member, member)
                : new ChatUser(Platform, Environment.UserName, Environment.UserName);
}

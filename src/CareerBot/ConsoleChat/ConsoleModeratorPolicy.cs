using CareerBot.Core.Moderation;

namespace CareerBot.ConsoleChat;

/// <summary>At the terminal, whoever starts CareerBot decides: <c>--moderator NAME</c> makes them a moderator.</summary>
public sealed class ConsoleModeratorPolicy : IModeratorPolicy
{
    public string Platform => ConsoleUser.Platform;

    public string WhoCanModerate => "At the console, start CareerBot with `--moderator <your name>` to moderate.";
}

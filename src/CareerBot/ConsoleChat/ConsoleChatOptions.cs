namespace CareerBot.ConsoleChat;

/// <summary>Command-line settings of the console chat.</summary>
/// <param name="User">The member's name (--user); identifies the member for /share.</param>
public sealed record ConsoleChatOptions(string? Moderator, string? User = null);

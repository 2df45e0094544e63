namespace CareerBot.ConsoleChat;

/// <summary>Command-line settings of the console chat.</summary>
public sealed record ConsoleChatOptions(string? Moderator);

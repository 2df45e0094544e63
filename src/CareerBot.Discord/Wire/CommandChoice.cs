namespace CareerBot.Discord.Wire;

public sealed record CommandChoice(string Name, string Value);

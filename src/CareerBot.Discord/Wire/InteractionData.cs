namespace CareerBot.Discord.Wire;

public sealed record InteractionData(string Name, string? Id = null, int? Type = null, InteractionDataOption[]? Options = null);

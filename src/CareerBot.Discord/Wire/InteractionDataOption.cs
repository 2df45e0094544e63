using System.Text.Json;

namespace CareerBot.Discord.Wire;

/// <summary>An option as the user filled it in: a value, or nested options for a subcommand.</summary>
public sealed record InteractionDataOption(string Name, int Type, JsonElement? Value = null, InteractionDataOption[]? Options = null, bool? Focused = null);

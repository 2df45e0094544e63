using System.Text.Json;

namespace CareerBot.Discord.Wire;

/// <summary>Discord's error body; on 429 <see cref="RetryAfter"/> (seconds) and <see cref="Global"/> are set.</summary>
public sealed record DiscordErrorBody(string? Message = null, int? Code = null, JsonElement? Errors = null, double? RetryAfter = null, bool? Global = null);

using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Discord.Wire;

/// <summary>Discord's JSON conventions: snake_case names, absent rather than null optional fields, unknown fields ignored.</summary>
public static class DiscordJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}

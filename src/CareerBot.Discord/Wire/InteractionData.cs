namespace CareerBot.Discord.Wire;

/// <summary>
/// An interaction's <c>data</c>: a command's <see cref="Name"/> and options (types 2 and 4), a clicked component's
/// <see cref="CustomId"/> (type 3), or a submitted modal's <see cref="CustomId"/> and <see cref="Components"/> (type 5).
/// </summary>
public sealed record InteractionData(
    string Name = "",
    string? Id = null,
    int? Type = null,
    InteractionDataOption[]? Options = null,
    string? CustomId = null,
    int? ComponentType = null,
    DiscordComponent[]? Components = null);

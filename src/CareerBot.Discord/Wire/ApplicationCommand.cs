namespace CareerBot.Discord.Wire;

/// <summary>A chat-input command for the bulk overwrite. <see cref="DefaultMemberPermissions"/> null = everyone.</summary>
public sealed record ApplicationCommand(
    string Name,
    string Description,
    IReadOnlyList<ApplicationCommandOption> Options,
    string? DefaultMemberPermissions = null,
    int Type = 1,
    IReadOnlyList<int>? Contexts = null);

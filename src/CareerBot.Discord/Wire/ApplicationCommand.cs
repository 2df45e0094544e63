namespace CareerBot.Discord.Wire;

/// <summary>
/// A chat-input command for the bulk overwrite. <see cref="DefaultMemberPermissions"/> null = everyone; a number, as Discord's
/// OpenAPI description types it (the prose docs show a string; Discord accepts both).
/// </summary>
public sealed record ApplicationCommand(
    string Name,
    string Description,
    IReadOnlyList<ApplicationCommandOption> Options,
    ulong? DefaultMemberPermissions = null,
    int Type = 1,
    IReadOnlyList<int>? Contexts = null);

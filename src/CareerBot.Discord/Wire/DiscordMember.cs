namespace CareerBot.Discord.Wire;

/// <summary>A guild member as sent with messages (no <see cref="User"/>, no <see cref="Permissions"/>) and with interactions (both).</summary>
public sealed record DiscordMember(DiscordUser? User = null, string[]? Roles = null, string? Nick = null, string? Permissions = null);

namespace CareerBot.Discord.Wire;

/// <summary>The MESSAGE_CREATE fields CareerBot reads (and the message object REST returns).</summary>
public sealed record DiscordMessage(
    string Id,
    string ChannelId,
    DiscordUser Author,
    string Content = "",
    string? GuildId = null,
    DiscordMember? Member = null,
    DiscordUser[]? Mentions = null,
    string? WebhookId = null,
    int Type = 0,
    string? Nonce = null);

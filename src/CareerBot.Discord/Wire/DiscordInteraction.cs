namespace CareerBot.Discord.Wire;

/// <summary>
/// The INTERACTION_CREATE fields CareerBot reads. <see cref="Member"/> in guilds, <see cref="User"/> in DMs;
/// <see cref="Message"/> is the message a clicked component sits on.
/// </summary>
public sealed record DiscordInteraction(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    InteractionData? Data = null,
    string? GuildId = null,
    string? ChannelId = null,
    DiscordMember? Member = null,
    DiscordUser? User = null,
    DiscordMessage? Message = null)
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
    public const int ModalSubmit = 5;

    public DiscordUser? Invoker => Member?.User ?? User;
}

namespace CareerBot.Discord.Connection;

/// <summary>Only what CareerBot needs. MESSAGE_CONTENT is privileged: it must be switched on in the Developer Portal, or Discord closes with 4014.</summary>
public static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;
    public const int MessageContent = 1 << 15;

    public const int CareerBot = Guilds | GuildMessages | DirectMessages | MessageContent;
}

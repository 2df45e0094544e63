using System.Numerics;

namespace CareerBot.Discord.Moderation;

/// <summary>Permission bits CareerBot reads or asks for (Discord sends permission sets as decimal strings).</summary>
public static class DiscordPermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong AttachFiles = 1UL << 15;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong SendMessagesInThreads = 1UL << 38;

    /// <summary>What the invite URL asks for: view channels, send messages (also in threads), read history, attach files, embed links.</summary>
    public const ulong BotInvite = ViewChannel | SendMessages | SendMessagesInThreads | ReadMessageHistory | AttachFiles | EmbedLinks;

    public static bool Has(string? permissions, ulong bit) =>
        BigInteger.TryParse(permissions, out var value) && (value & bit) != 0;
}

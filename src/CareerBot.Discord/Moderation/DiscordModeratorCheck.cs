using CareerBot.Core.Moderation;
using CareerBot.Discord.Inbound;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Moderation;

/// <summary>
/// Who moderates on Discord: configured user ids, members with a configured role, and members with Manage Server or
/// Administrator in a home guild. Permissions from any other guild count for nothing: whoever adds a public bot to a
/// server of their own is that server's administrator, and must not edit the answers every community is served.
/// </summary>
public sealed class DiscordModeratorCheck(IOptions<DiscordOptions> options) : IModeratorPolicy
{
    private readonly DiscordOptions _options = options.Value;

    public string Platform => DiscordMessageMapper.Platform;

    /// <summary>Guilds whose Manage Server/Administrator members moderate: <c>Discord:ModeratorGuildIds</c>, else <c>Discord:GuildIds</c>.</summary>
    public IReadOnlyList<string> HomeGuildIds => _options.ModeratorGuildIds.Length > 0 ? _options.ModeratorGuildIds : _options.GuildIds;

    /// <summary>False when no home guild, role or user is configured: then nobody on Discord is a moderator.</summary>
    public bool AnyoneCanModerate => HomeGuildIds.Count > 0 || _options.ModeratorRoleIds.Length > 0 || _options.ModeratorUserIds.Length > 0;

    /// <param name="guildId">The guild the message or interaction came from; null in DMs.</param>
    public bool IsModerator(string userId, string? guildId, DiscordMember? member) =>
        _options.ModeratorUserIds.Contains(userId, StringComparer.Ordinal)
        || (guildId is not null && member is not null
            && ((member.Roles ?? []).Any(_options.ModeratorRoleIds.Contains)
                || (HomeGuildIds.Contains(guildId, StringComparer.Ordinal)
                    && DiscordPermissions.Has(member.Permissions, DiscordPermissions.ManageGuild | DiscordPermissions.Administrator))));

    public string WhoCanModerate
    {
        get
        {
            if (!AnyoneCanModerate)
                return "On Discord nobody moderates this bot yet: its operator has configured no moderators (Discord:ModeratorGuildIds, Discord:ModeratorRoleIds or Discord:ModeratorUserIds).";
            var who = new List<string>();
            if (HomeGuildIds.Count > 0) who.Add("members with Manage Server in the bot's home server");
            if (_options.ModeratorRoleIds.Length > 0) who.Add("members with the moderator role");
            if (_options.ModeratorUserIds.Length > 0) who.Add("members the bot's operator named");
            return "On Discord, moderators are " + string.Join(", ", who) + ". Ask one of them to make the change.";
        }
    }
}

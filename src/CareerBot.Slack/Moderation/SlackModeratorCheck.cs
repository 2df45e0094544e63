using CareerBot.Core.Moderation;
using CareerBot.Slack.Connection;
using CareerBot.Slack.Inbound;
using CareerBot.Slack.Wire;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Moderation;

/// <summary>
/// Who moderates on Slack: the user ids in <c>Slack:ModeratorUserIds</c>, and (while <c>Slack:ModeratorsIncludeAdmins</c>)
/// admins and owners of the installing workspace. A Slack Connect user is an admin of their own organization, not of
/// the community that installed the bot, so admin rights count only for users whose team is the bot's team.
/// </summary>
public sealed class SlackModeratorCheck(IOptions<SlackOptions> options, SlackIdentityStore identity) : IModeratorPolicy
{
    private readonly SlackOptions _options = options.Value;

    public string Platform => SlackEventMapper.Platform;

    public bool IsListed(string userId) => _options.ModeratorUserIds.Contains(userId, StringComparer.Ordinal);

    /// <param name="info">users.info for the user; null when it could not be read (then only the configured list counts).</param>
    public bool IsModerator(string userId, SlackUserInfo? info) =>
        IsListed(userId)
        || (_options.ModeratorsIncludeAdmins && info is { IsRestricted: false, IsBot: false } && (info.IsAdmin || info.IsOwner)
            && info.TeamId is { Length: > 0 } team && team == identity.Current.TeamId);

    public string WhoCanModerate
    {
        get
        {
            var admins = _options.ModeratorsIncludeAdmins;
            var listed = _options.ModeratorUserIds.Length > 0;
            if (!admins && !listed) return "On Slack nobody moderates this bot yet: its operator has configured no moderators (Slack:ModeratorUserIds).";
            var who = new List<string>();
            if (admins) who.Add("admins and owners of the workspace that installed the bot (not guests or people from other organizations)");
            if (listed) who.Add("members the bot's operator named");
            return "On Slack, moderators are " + string.Join(" and ", who) + ". Ask one of them to make the change.";
        }
    }
}

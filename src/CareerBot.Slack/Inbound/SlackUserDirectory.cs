using CareerBot.Core.Pipeline;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Inbound;

/// <summary>
/// Turns a Slack user id into a <see cref="ChatUser"/>: the display name and the moderator decision (configured ids,
/// or workspace admins/owners who are not guests) from users.info, cached for a few minutes.
/// </summary>
public sealed class SlackUserDirectory(SlackApiClient api, IMemoryCache cache, IOptions<SlackOptions> options, ILogger<SlackUserDirectory> logger)
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(10);
    private readonly SlackOptions _options = options.Value;

    public async Task<ChatUser> GetAsync(string userId, CancellationToken cancellationToken)
    {
        var listed = _options.ModeratorUserIds.Contains(userId, StringComparer.Ordinal);
        SlackUserInfo info;
        try
        {
            info = (await cache.GetOrCreateAsync("slack-user:" + userId, entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = CacheLifetime;
                return api.GetUserAsync(userId, cancellationToken);
            }))!;
        }
        catch (SlackApiException e)
        {
            // Without users.info only the configured list can make a moderator.
            logger.LogWarning("users.info for {UserId} failed ({Error}); treating the user as a member", userId, e.Error);
            return new ChatUser(SlackEventMapper.Platform, userId, userId, listed);
        }
        var admin = _options.ModeratorsIncludeAdmins && (info.IsAdmin || info.IsOwner) && !info.IsRestricted && !info.IsBot;
        return new ChatUser(SlackEventMapper.Platform, userId, info.Name, listed || admin);
    }
}

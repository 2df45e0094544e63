using CareerBot.Core.Messages;
using CareerBot.Slack.Inbound;
using CareerBot.Slack.Moderation;
using CareerBot.Slack.Wire;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Api;

/// <summary>
/// Turns a Slack user id into a <see cref="ChatUser"/>: the display name from users.info (cached for a few minutes) and
/// the <see cref="SlackModeratorCheck"/> decision.
/// </summary>
public sealed class SlackUserDirectory(SlackApiClient api, IMemoryCache cache, SlackModeratorCheck moderators, ILogger<SlackUserDirectory> logger)
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(10);

    public async Task<ChatUser> GetAsync(string userId, CancellationToken cancellationToken)
    {
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
            return new ChatUser(SlackEventMapper.Platform, userId, userId, moderators.IsModerator(userId, null));
        }
        return new ChatUser(SlackEventMapper.Platform, userId, info.Name, moderators.IsModerator(userId, info));
    }
}

using System.Collections.Concurrent;
using CareerBot.Core.Messages;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.RateLimiting;

/// <summary>
/// Token buckets per member and per channel (<see cref="KeyedTokenBuckets"/>); a message takes a token from both, the member's
/// first. A member over the limit is told once per cool-down to slow down (once privately, for clicks and commands, and
/// once in the channel, for messages); further messages in that cool-down are dropped silently, so a flood produces one notice.
/// </summary>
public sealed class MessageRateLimiter
{
    private readonly RateLimitOptions _options;
    private readonly TimeProvider _time;
    private readonly KeyedTokenBuckets _members;
    private readonly KeyedTokenBuckets _channels;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _noticeUntil = new(StringComparer.Ordinal);

    public MessageRateLimiter(IOptions<RateLimitOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _members = new KeyedTokenBuckets(_options.UserBurst, _options.UserInterval);
        _channels = new KeyedTokenBuckets(_options.ChannelBurst, _options.ChannelInterval);
    }

    public enum Verdict { Allowed, Notify, Drop }

    public Verdict Check(IncomingMessage message)
    {
        if (_options.ExemptPlatforms.Contains(message.Platform, StringComparer.OrdinalIgnoreCase)) return Verdict.Allowed;
        var key = UserKey(message);
        // Moderators fixing answers run several /kb commands in a row; they are trusted, so only the channel limit holds them.
        if ((message.User.IsModerator || _members.TryAcquire(key)) && _channels.TryAcquire($"{message.Platform}\u001f{message.ConversationId}")) return Verdict.Allowed;
        var now = _time.GetUtcNow();
        var until = now + _options.UserInterval * _options.UserBurst;
        // One notice per cool-down where the member reads it: a click or command is told privately, so a message in the
        // channel after it is told too, once; otherwise a member who clicked a lot would ask a question and hear nothing.
        key += message.Invocation is ChatText ? "\u001fchannel" : "\u001fprivate";
        // Claimed atomically: several workers handling one member's flood at once must still send a single notice.
        while (true)
        {
            if (_noticeUntil.TryGetValue(key, out var current))
            {
                if (current > now) return Verdict.Drop;
                if (_noticeUntil.TryUpdate(key, until, current)) break;
            }
            else if (_noticeUntil.TryAdd(key, until)) break;
        }
        if (_noticeUntil.Count > 100_000) PruneNotices(now);
        return Verdict.Notify;
    }

    private void PruneNotices(DateTimeOffset now)
    {
        foreach (var (key, until) in _noticeUntil)
            if (until <= now) _noticeUntil.TryRemove(key, out _);
    }

    private static string UserKey(IncomingMessage m) => $"{m.Platform}\u001f{m.User.Id}";
}

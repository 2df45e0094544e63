using CareerBot.Core.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Outbound;

/// <summary>
/// Keeps chat.postMessage within Slack's per-channel limit (about one message per second, short bursts allowed) before
/// Slack has to answer 429: a token bucket per channel (<see cref="KeyedTokenBuckets"/>, refilled when used, so an idle bot
/// runs no timer for it). Other channels never wait for a busy one; each channel's answers come one at a time
/// (SlackChannelOutbox), so they keep their order.
/// </summary>
public sealed class SlackChannelPacer(IOptions<SlackOptions> options)
{
    private readonly KeyedTokenBuckets _channels = new(options.Value.ChannelPostBurst, options.Value.ChannelPostInterval);

    public Task WaitAsync(string channel, CancellationToken cancellationToken) => _channels.WaitAsync(channel, cancellationToken);
}

using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.WebApi;

/// <summary>
/// Keeps chat.postMessage within Slack's per-channel limit (about one message per second, short bursts allowed) before
/// Slack has to answer 429: a token bucket per channel. Other channels never wait for a busy one.
/// </summary>
public sealed class SlackChannelPacer : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SlackChannelPacer(IOptions<SlackOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(channel => RateLimitPartition.GetTokenBucketLimiter(channel, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = o.ChannelPostBurst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = o.ChannelPostInterval,
            // Each channel's replies are sent one at a time (SlackChannelOutbox), so a short queue is plenty.
            QueueLimit = 64,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }), StringComparer.Ordinal);
    }

    public async ValueTask WaitAsync(string channel, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(channel, 1, cancellationToken);
        if (!lease.IsAcquired) throw new SlackApiException("chat.postMessage", "channel_queue_full");
    }

    public void Dispose() => _limiter.Dispose();
}

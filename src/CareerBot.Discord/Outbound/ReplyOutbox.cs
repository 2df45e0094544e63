using System.Threading.Channels;
using CareerBot.Adapters.Inbound;
using CareerBot.Core.Messages;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Outbound;

/// <summary>
/// Replies to channel messages wait here for Discord's rate limits, not in the event workers: a burst of mentions beyond the
/// global 50 requests/s queues its replies while the workers go on reading events (so the gateway read loop never stalls
/// behind REST and heartbeats stay on time). Its senders are run and awaited by <see cref="DiscordGatewayService"/>.
/// </summary>
public sealed class ReplyOutbox(IServiceScopeFactory scopes, IOptions<DiscordOptions> options, ILogger<ReplyOutbox> logger)
{
    private readonly Channel<(Reply Reply, DiscordMessage Question)> _queue =
        Channel.CreateBounded<(Reply, DiscordMessage)>(new BoundedChannelOptions(options.Value.ReplyQueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues a reply; waits only when <see cref="DiscordOptions.ReplyQueueCapacity"/> replies are already waiting.</summary>
    public ValueTask EnqueueAsync(Reply reply, DiscordMessage question, CancellationToken cancellationToken) =>
        _queue.Writer.WriteAsync((reply, question), cancellationToken);

    /// <summary>
    /// Sends until <paramref name="stopping"/> fires (after the event workers have finished, so their last replies are
    /// queued), then sends what is queued within <see cref="DiscordOptions.ShutdownGraceSeconds"/>.
    /// </summary>
    public Task RunAsync(CancellationToken stopping) =>
        new EventWorkers<(Reply Reply, DiscordMessage Question)>(scopes,
                (services, item, cancellationToken) => services.GetRequiredService<DiscordReplySender>().SendAsync(item.Reply, item.Question, cancellationToken),
                item => $"the reply to message {item.Question.Id} in channel {item.Question.ChannelId}", logger)
            .RunAsync(_queue.Reader, options.Value.SendWorkers, TimeSpan.FromSeconds(options.Value.ShutdownGraceSeconds), stopping);
}

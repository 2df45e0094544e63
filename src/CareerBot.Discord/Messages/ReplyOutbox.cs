using System.Threading.Channels;
using CareerBot.Core.Pipeline;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Messages;

/// <summary>
/// Replies to channel messages wait here for Discord's rate limits, not in the event workers: a burst of mentions beyond the
/// global 50 requests/s queues its replies while the workers go on reading events (so the gateway read loop never stalls
/// behind REST and heartbeats stay on time). Its senders are run and awaited by <see cref="DiscordGatewayService"/>.
/// </summary>
public sealed class ReplyOutbox(DiscordReplySender sender, IOptions<DiscordOptions> options, ILogger<ReplyOutbox> logger)
{
    private readonly Channel<(Reply Reply, DiscordMessage Question)> _queue =
        Channel.CreateBounded<(Reply, DiscordMessage)>(new BoundedChannelOptions(options.Value.ReplyQueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues a reply; waits only when <see cref="DiscordOptions.ReplyQueueCapacity"/> replies are already waiting.</summary>
    public ValueTask EnqueueAsync(Reply reply, DiscordMessage question, CancellationToken cancellationToken) =>
        _queue.Writer.WriteAsync((reply, question), cancellationToken);

    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.SendWorkers).Select(_ => SendLoopAsync(cancellationToken)));

    private async Task SendLoopAsync(CancellationToken cancellationToken)
    {
        await foreach (var (reply, question) in _queue.Reader.ReadAllAsync(cancellationToken))
        {
            try
            {
                await sender.SendAsync(reply, question, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "Sending the reply to message {Message} in channel {Channel} failed", question.Id, question.ChannelId);
            }
        }
    }
}

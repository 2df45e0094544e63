using System.Threading.Channels;
using CareerBot.Core.Pipeline;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Messages;

/// <summary>
/// Replies to channel messages wait here for Discord's rate limits, not in the event workers: a burst of mentions beyond the
/// global 50 requests/s queues its replies while the workers go on reading events (so the gateway read loop never stalls
/// behind REST and heartbeats stay on time). <see cref="DiscordGatewayService"/> runs and awaits the senders; on stop it
/// <see cref="Complete"/>s the queue once the event workers are done, and what is queued is still sent within the same
/// shutdown grace period.
/// </summary>
public sealed class ReplyOutbox(DiscordReplySender sender, IOptions<DiscordOptions> options, ILogger<ReplyOutbox> logger)
{
    private readonly Channel<(Reply Reply, DiscordMessage Question)> _queue =
        Channel.CreateBounded<(Reply, DiscordMessage)>(new BoundedChannelOptions(options.Value.ReplyQueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues a reply; waits only when <see cref="DiscordOptions.ReplyQueueCapacity"/> replies are already waiting.</summary>
    public ValueTask EnqueueAsync(Reply reply, DiscordMessage question, CancellationToken cancellationToken) =>
        _queue.Writer.WriteAsync((reply, question), cancellationToken);

    /// <summary>No more replies will come (the event workers have stopped): the senders end once the queue is empty.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    /// <summary>Sends until <see cref="Complete"/> and an empty queue, or until <paramref name="abandon"/> (the end of the shutdown grace period).</summary>
    public async Task RunAsync(CancellationToken abandon)
    {
        await Task.WhenAll(Enumerable.Range(0, options.Value.SendWorkers).Select(_ => SendLoopAsync(abandon)));
        var unsent = 0;
        while (_queue.Reader.TryRead(out _)) unsent++;
        if (unsent > 0) logger.LogWarning("Stopped with {Unsent} replies unsent: the shutdown grace period ran out", unsent);
    }

    private async Task SendLoopAsync(CancellationToken abandon)
    {
        try
        {
            await foreach (var (reply, question) in _queue.Reader.ReadAllAsync(abandon))
            {
                try
                {
                    await sender.SendAsync(reply, question, abandon);
                }
                catch (Exception e) when (e is not OperationCanceledException || !abandon.IsCancellationRequested)
                {
                    logger.LogError(e, "Sending the reply to message {Message} in channel {Channel} failed", question.Id, question.ChannelId);
                }
            }
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
        }
    }
}

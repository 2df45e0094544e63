using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Inbound;

/// <summary>The bounded hand-off between the receivers (socket read loop, HTTP endpoints) and the workers; writers never wait.</summary>
public sealed class SlackWorkQueue(IOptions<SlackOptions> options)
{
    private readonly Channel<SlackWorkItem> _channel = Channel.CreateBounded<SlackWorkItem>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = false, SingleWriter = false, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>False when the queue is full: the receiver logs it rather than blocking the socket.</summary>
    public bool TryEnqueue(SlackWorkItem item) => _channel.Writer.TryWrite(item);

    public ChannelReader<SlackWorkItem> Reader => _channel.Reader;
}

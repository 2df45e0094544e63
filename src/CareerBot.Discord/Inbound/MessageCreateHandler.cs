using System.Text.Json;
using CareerBot.Core.Pipeline;
using CareerBot.Discord.Connection;
using CareerBot.Discord.Outbound;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Inbound;

/// <summary>MESSAGE_CREATE → pipeline → <see cref="ReplyOutbox"/> (the reply goes out in the channel, referencing the question).</summary>
public sealed class MessageCreateHandler(
    DiscordMessageMapper mapper,
    IMessagePipeline pipeline,
    ReplyOutbox outbox,
    ProcessedEvents processed,
    ILogger<MessageCreateHandler> logger) : IDiscordEventHandler
{
    private static int _contentWarningLogged;

    public async Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        var message = dispatch.Data.Deserialize<DiscordMessage>(DiscordJson.Options);
        if (message is null) return;
        if (mapper.ContentWithheld(message) && Interlocked.Exchange(ref _contentWarningLogged, 1) == 0)
            logger.LogWarning("A message in channel {Channel} arrived with empty content: Discord withholds message text unless the privileged " +
                "\"Message Content Intent\" is enabled (Developer Portal → your application → Bot). Mentions, DMs and slash commands still work.", message.ChannelId);
        if (mapper.ToIncoming(message) is not { } incoming || !processed.TryClaim("message:" + message.Id)) return;
        var reply = await pipeline.HandleAsync(incoming, cancellationToken);
        if (reply.ShouldSend) await outbox.EnqueueAsync(reply, message, cancellationToken);
    }
}

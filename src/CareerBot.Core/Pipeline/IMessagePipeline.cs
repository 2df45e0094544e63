using CareerBot.Core.Messages;

namespace CareerBot.Core.Pipeline;

/// <summary>The one path every message takes: recognize → route → handle → reply.</summary>
public interface IMessagePipeline
{
    ValueTask<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken);
}

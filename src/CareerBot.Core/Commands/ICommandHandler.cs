using CareerBot.Core.Messages;

namespace CareerBot.Core.Commands;

/// <summary>Handles one slash command. Expected failures (bad input) are returned as <see cref="ReplyKind.InputError"/> replies, not thrown.</summary>
public interface ICommandHandler
{
    CommandDescriptor Command { get; }

    ValueTask<Reply> HandleAsync(ParsedCommand command, IncomingMessage message, CancellationToken cancellationToken);
}

using CareerBot.Core.Commands;
using CareerBot.Core.Messages;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.Answers;

/// <summary>/ask &lt;question&gt;: the same answer as asking in plain text.</summary>
public sealed class AskCommandHandler(QuestionAnswerer answerer, IEntityRecognizer recognizer) : ICommandHandler
{
    public CommandDescriptor Command => CommandCatalog.Ask;

    public ValueTask<Reply> HandleAsync(ParsedCommand command, IncomingMessage message, CancellationToken cancellationToken)
    {
        var question = command.Options.GetValueOrDefault("question");
        if (string.IsNullOrWhiteSpace(question))
            return ValueTask.FromResult(new Reply(ReplyKind.InputError, Reply.NoIntent, 0,
                $"`/ask` needs a question. Example: `{Command.Example}`"));
        return ValueTask.FromResult(answerer.Answer(message, question, recognizer.Recognize(question)));
    }
}

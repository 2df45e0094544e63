using CareerBot.Core.Commands;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;

namespace CareerBot.Core.Answers;

/// <summary>/help: the reviewed help answer, plus the moderator commands for moderators.</summary>
public sealed class HelpCommandHandler(KnowledgeBase knowledge) : ICommandHandler
{
    public const string HelpIntent = "help";

    public CommandDescriptor Command => CommandCatalog.Help;

    public ValueTask<Reply> HandleAsync(ParsedCommand command, IncomingMessage message, CancellationToken cancellationToken)
    {
        var snapshot = knowledge.Current;
        var commands = string.Join('\n', CommandCatalog.All
            .Where(c => !c.ModeratorOnly || message.User.IsModerator)
            .Select(c => $"- `{c.Example}` — {c.Description}"));
        if (snapshot.Find(HelpIntent) is not { } help)
            return ValueTask.FromResult(new Reply(ReplyKind.Answer, HelpIntent, 1, commands));
        var reply = KnowledgeReply.Build(snapshot, help, 1, []);
        return ValueTask.FromResult(reply with { Markdown = reply.Markdown + "\n\n**Commands**\n" + commands });
    }
}

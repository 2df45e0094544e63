using CareerBot.Core.Commands;
using CareerBot.Core.Messages;
using CareerBot.Core.Moderation;

namespace CareerBot.Core.ModeratorCommands;

/// <summary>/kb: moderators read, edit, add, teach, revert and retire answers, and review shared offers. The pipeline refuses it to non-moderators.</summary>
public sealed class KbCommandHandler(KbReadCommands read, KbChangeCommands change, KbLogCommands logs, KbOfferCommands offers) : ICommandHandler
{
    public CommandDescriptor Command => CommandCatalog.Kb;

    public async ValueTask<Reply> HandleAsync(ParsedCommand command, IncomingMessage message, CancellationToken cancellationToken)
    {
        var name = command.Positionals.Count > 0 ? command.Positionals[0] : "";
        var sub = Command.SubCommands.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (sub is null) return Overview(name);
        var changes = sub.Name is "set" or "add" or "teach" or "revert" or "retire";
        // Typed text was named once where it arrived (CommandTextReader); words after the sub-command fit no option.
        var (args, problem) = KbArguments.Typed(command.Options, sub, command.Positionals.Skip(1).ToList());
        if (args is null) return KbReplies.Refusal(sub, problem!, changes);
        try
        {
            return sub.Name switch
            {
                "show" => await read.ShowAsync(sub, args, cancellationToken),
                "list" => read.List(args),
                "search" => read.Search(args),
                "edit" => await read.EditAsync(sub, args, cancellationToken),
                "history" => await read.HistoryAsync(sub, args, cancellationToken),
                "diff" => await read.DiffAsync(sub, args, cancellationToken),
                "set" => await change.SetAsync(sub, args, message.User, cancellationToken),
                "add" => await change.AddAsync(sub, args, message.User, cancellationToken),
                "teach" => await change.TeachAsync(sub, args, message.User, cancellationToken),
                "revert" => await change.RevertAsync(sub, args, message.User, cancellationToken),
                "retire" => await change.RetireAsync(sub, args, message.User, cancellationToken),
                "unanswered" => await logs.UnansweredAsync(sub, args, cancellationToken),
                "feedback" => await logs.FeedbackAsync(cancellationToken),
                "offers" => await offers.RunAsync(sub, args, message.User, cancellationToken),
                _ => Overview(name),
            };
        }
        catch (StorageUnavailableException)
        {
            return KbReplies.StorageDown(changes ? "save that change" : "read the history");
        }
    }

    private Reply Overview(string name)
    {
        var lines = Command.SubCommands.Select(s => $"- `{KbReplies.Example(s)}` — {s.Description}");
        var intro = name.Length == 0 ? "Moderator commands:" : $"`/kb {name}` is not a /kb command. Moderator commands:";
        return new Reply(name.Length == 0 ? ReplyKind.Answer : ReplyKind.InputError, name.Length == 0 ? KbReplies.Intent : Reply.NoIntent,
            name.Length == 0 ? 1 : 0, intro + "\n" + string.Join('\n', lines));
    }
}

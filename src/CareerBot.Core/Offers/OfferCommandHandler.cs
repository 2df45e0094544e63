using CareerBot.Core.Commands;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Pipeline;

namespace CareerBot.Core.Offers;

/// <summary>/offer: the offer year by year, its totals and assumptions, placed against the sourced salary figures, with a chart.</summary>
public sealed class OfferCommandHandler(KnowledgeBase knowledge) : ICommandHandler
{
    public const string Intent = "offer";

    public CommandDescriptor Command => CommandCatalog.Offer;

    public ValueTask<Reply> HandleAsync(ParsedCommand command, IncomingMessage message, CancellationToken cancellationToken)
    {
        var input = OfferCommandReader.Read(command);
        if (input.Error is { } error)
            return ValueTask.FromResult(new Reply(ReplyKind.InputError, Intent, 1, error.Message));
        var offer = OfferCalculator.Calculate(input.Terms!);
        var placement = SalaryPlacement.Describe(offer, input.Level);
        var readAs = SlashCommandParser.IsCommand(message.Text)
            ? ""
            : $"I read your message as {MentionGuard.InlineCode("/offer " + command.Arguments, 200)}; anything you did not mention is left out and listed under assumptions.\n\n";
        var markdown = readAs + OfferMarkdown.Table(offer) + "\n" + OfferMarkdown.Totals(offer) + "\n\n" + placement.Markdown + "\n\n"
            + OfferMarkdown.Assumptions(offer.Assumptions);
        var reply = new Reply(ReplyKind.Answer, Intent, 1, markdown)
        {
            Sources = SalaryBands.SourcesFor(knowledge.Current, placement.Cited),
            Chart = OfferChart.For(offer, "Offer by year"),
        };
        // A typed /offer is the member's own numbers: private until shared. An offer pasted into a channel is answered there.
        return ValueTask.FromResult(readAs.Length == 0 ? reply.PrivateUntilShared($"/{command.Name} {command.Arguments}") : reply);
    }
}

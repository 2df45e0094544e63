using System.Text;
using CareerBot.Core.Commands;
using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Offers;

namespace CareerBot.Core.OfferCommands;

/// <summary>/compare a:"base:180k …" b:"base:200k …": two offers year by year, the difference, and which is ahead when.</summary>
public sealed class CompareCommandHandler(KnowledgeBase knowledge, ConversationContextStore conversations, TimeProvider time) : ICommandHandler
{
    public const string Intent = "compare";

    public CommandDescriptor Command => CommandCatalog.Compare;

    public ValueTask<Reply> HandleAsync(ParsedCommand command, IncomingMessage message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Handle(command, message));

    private Reply Handle(ParsedCommand command, IncomingMessage message)
    {
        var names = Command.Options.Select(o => o.Name).ToList();
        foreach (var key in command.Options.Keys.Where(k => !names.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            var hint = ClosestName.DidYouMean(key, names);
            return Error($"{MentionGuard.InlineCode(key)} is not a /compare option; {hint}/compare takes `a` and `b`, each a whole offer in quotes. Example: `{Command.Example}`");
        }
        if (command.Positionals.Count > 0)
            return Error($"{MentionGuard.InlineCode(command.Positionals[0])} has no option name; put each offer in quotes after `a:` and `b:`. Example: `{Command.Example}`");
        var offers = new OfferInput[2];
        for (var i = 0; i < 2; i++)
        {
            var name = names[i];
            if (!command.Options.TryGetValue(name, out var text) || string.IsNullOrWhiteSpace(text))
                return Error($"`{name}`: offer {name.ToUpperInvariant()} is missing; give both offers in the /offer syntax, in quotes. Example: `{Command.Example}`");
            offers[i] = OfferCommandReader.Read(SlashCommandParser.Parse("/offer " + text)!);
            if (offers[i].Error is { } error)
                return Error($"In offer `{name}`: {error.Message}");
        }
        if (offers[0].Terms!.Currency != offers[1].Terms!.Currency)
            return Error($"`b`: offer B is in {offers[1].Terms!.Currency} but offer A is in {offers[0].Terms!.Currency}. I never subtract amounts in different currencies and don't convert them; write both offers in one currency. Example: `{Command.Example}`");
        var pair = new OfferPair(offers[0], offers[1]) { Names = command.Typed ? null : OfferPair.NamesIn(message.Text) };
        OfferReply.Remember(conversations, time, message, pair);
        return Build(knowledge.Current, pair, OfferMarkdown.ReadAs(command)).PrivateUntilShared(command.AsTyped);
    }

    /// <summary>The comparison's reply: <paramref name="lead"/>, then the table, who is ahead, both placements and the assumptions.</summary>
    public static Reply Build(KnowledgeSnapshot knowledge, OfferPair pair, string lead)
    {
        var (offerA, offerB) = (pair.A, pair.B);
        var (termsA, termsB) = (offerA.Terms!, offerB.Terms!);
        var (a, b) = pair.Calculate();
        var years = a.Years.Count;
        var level = offerA.Level ?? offerB.Level;
        var placementA = SalaryPlacement.Describe(a, offerA.Level ?? level, compact: true);
        var placementB = SalaryPlacement.Describe(b, offerB.Level ?? level, compact: true);

        var sb = new StringBuilder(lead);
        foreach (var (terms, name) in new[] { (termsA, "A"), (termsB, "B") })
            if (OfferReply.EquityNote(terms) is { Length: > 0 } equity) sb.Append($"Offer {name}: ").Append(equity);
        sb.Append("| Year | A | B | B − A |\n|---|---:|---:|---:|\n");
        // Years that pay the same as the year before share a row ("1–4"): the table stays short enough for one chat message.
        var rows = a.Years.Zip(b.Years).ToList();
        for (var first = 0; first < rows.Count;)
        {
            var last = first;
            while (last + 1 < rows.Count && rows[last + 1].First.Total == rows[first].First.Total && rows[last + 1].Second.Total == rows[first].Second.Total) last++;
            var (ya, yb) = rows[first];
            var label = last == first ? $"{ya.Year}" : $"{ya.Year}–{rows[last].First.Year}";
            sb.Append($"| {label} | {Money(ya.Total, a)} | {Money(yb.Total, a)} | {Signed(yb.Total - ya.Total, a)} |\n");
            first = last + 1;
        }
        sb.Append($"| **{years} years** | **{Money(a.PeriodTotal, a)}** | **{Money(b.PeriodTotal, a)}** | **{Signed(b.PeriodTotal - a.PeriodTotal, a)}** |\n\n");
        sb.Append($"**Year 1:** {Ahead(a.FirstYearTotal, b.FirstYearTotal, a)} **Over {years} years:** {Ahead(a.PeriodTotal, b.PeriodTotal, a)}\n\n");
        sb.Append("Offer A — ").Append(placementA.Markdown).Append("\n\nOffer B — ").Append(placementB.Markdown).Append("\n\n");
        // One paragraph each, and "no raises" said once: two offers' assumptions then fit one chat message with the rest.
        // The uncounted equity is said above the table already.
        var (assumedA, assumedB) = (Assumed(a), Assumed(b));
        var common = assumedA.Intersect(assumedB).ToList();
        AppendAssumed(sb, "Assumed for both", common);
        AppendAssumed(sb, "Only offer A", assumedA.Except(common));
        AppendAssumed(sb, "Only offer B", assumedB.Except(common));
        return new Reply(ReplyKind.Answer, Intent, 1, sb.ToString().TrimEnd())
        {
            Sources = SalaryBands.SourcesFor(knowledge, placementA.Cited.Concat(placementB.Cited)),
            Chart = OfferChart.ForComparison(a, b, "Offer A vs offer B by year"),
        };
    }

    private static void AppendAssumed(StringBuilder sb, string heading, IEnumerable<string> assumptions)
    {
        var list = assumptions.ToList();
        if (list.Count > 0) sb.Append(OfferMarkdown.Assumptions(list, heading)).Append("\n\n");
    }

    private static List<string> Assumed(OfferBreakdown offer) =>
        offer.Assumptions.Where(a => offer.Terms.EquityPercent is not { } equity || a != OfferCalculator.UncountedEquity(equity))
            .Select(Generic).ToList();

    private static string Generic(string assumption) =>
        assumption.StartsWith(OfferCalculator.NoRaisesOpening, StringComparison.Ordinal) ? "Base stays the same every year (no raises)." : assumption;

    internal static string Ahead(decimal a, decimal b, OfferBreakdown offer) => (b - a) switch
    {
        0 => "the two offers are equal.",
        > 0 => $"B is ahead by {Money(b - a, offer)}.",
        _ => $"A is ahead by {Money(a - b, offer)}.",
    };

    private static string Money(decimal amount, OfferBreakdown offer) => OfferMarkdown.Money(amount, offer);

    private static string Signed(decimal amount, OfferBreakdown offer) => amount > 0 ? "+" + Money(amount, offer) : Money(amount, offer);

    private static Reply Error(string markdown) => new(ReplyKind.InputError, Intent, 1, markdown);
}

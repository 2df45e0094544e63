using System.Text;
using CareerBot.Core.Commands;
using CareerBot.Core.Messages;

namespace CareerBot.Core.Offers;

/// <summary>Writes offers as chat Markdown: a table per year, the totals, and the assumptions.</summary>
public static class OfferMarkdown
{
    private static readonly (string Name, Func<OfferYear, decimal> Value)[] Components =
    [
        ("Base", y => y.Base), ("Bonus", y => y.Bonus), ("Stock", y => y.Stock), ("Sign-on", y => y.SignOn), ("Other", y => y.Other),
    ];

    /// <summary>The components with something in them in any year (base always), in table order.</summary>
    public static IReadOnlyList<(string Name, Func<OfferYear, decimal> Value)> UsedComponents(params OfferBreakdown[] offers) =>
        Components.Where(c => c.Name == "Base" || offers.Any(o => o.Years.Any(y => c.Value(y) != 0))).ToList();

    public static string Table(OfferBreakdown offer)
    {
        var columns = UsedComponents(offer);
        var sb = new StringBuilder();
        sb.Append("| Year | ").AppendJoin(" | ", columns.Select(c => c.Name)).Append(" | Total |\n");
        sb.Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|", columns.Count + 1))).Append('\n');
        foreach (var year in offer.Years)
        {
            sb.Append("| ").Append(year.Year).Append(" | ")
              .AppendJoin(" | ", columns.Select(c => Money(c.Value(year), offer)))
              .Append(" | **").Append(Money(year.Total, offer)).Append("** |\n");
        }
        return sb.ToString();
    }

    public static string Totals(OfferBreakdown offer) =>
        $"**First-year total: {Money(offer.FirstYearTotal, offer)}** · {offer.Years.Count}-year total: {Money(offer.PeriodTotal, offer)} · " +
        $"average {Money(offer.AveragePerYear, offer)} a year";

    /// <summary>The assumptions as one paragraph under a bold heading: an offer's reply then fits one chat message.</summary>
    public static string Assumptions(IEnumerable<string> assumptions, string heading = "Assumptions") =>
        $"**{heading}:** " + string.Join(' ', assumptions);

    /// <summary>For an offer written in plain words, the command it was read as, so a misreading is visible; empty for a typed command.</summary>
    public static string ReadAs(ParsedCommand command) =>
        command.Typed
            ? ""
            : $"I read your message as {MentionGuard.InlineCode($"/{command.Name} {command.Arguments}", 300)}; anything you did not mention is left out and listed under assumptions.\n\n";

    public static string Money(decimal amount, OfferBreakdown offer) => MoneyText.Format(amount, offer.Currency);
}

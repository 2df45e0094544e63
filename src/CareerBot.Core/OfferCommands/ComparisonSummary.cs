using System.Text;
using CareerBot.Core.Offers;

namespace CareerBot.Core.OfferCommands;

/// <summary>
/// "which one is better?", "why?" after two offers were compared: who is ahead over the whole period and in year 1, and
/// which parts make the gap, from the calculator's own figures. The money only: the rest is the member's to weigh.
/// </summary>
public static class ComparisonSummary
{
    private static readonly string[] Choosing = ["better", "best", "pick", "choose", "winner", "worth", "prefer", "go", "take", "why", "which"];

    /// <summary>Whether the words ask which offer wins or why: "which one is better long term", "why", "which should I take".</summary>
    public static bool Asks(IReadOnlyList<string> words) =>
        words.Count <= 10 && words.Any(w => Choosing.Contains(w)) && (words.Count <= 2 || words.Any(w => w is "better" or "best" or "which" or "pick" or "choose" or "take" or "why" or "prefer"));

    public static string Describe(OfferPair pair)
    {
        var (a, b) = pair.Calculate();
        var years = a.Years.Count;
        string Money(decimal amount) => OfferMarkdown.Money(amount, a);
        var sb = new StringBuilder();
        sb.Append(a.PeriodTotal == b.PeriodTotal
            ? $"**Over {years} years the two offers are equal** ({Money(a.PeriodTotal)} each)"
            : $"**Over {years} years {(a.PeriodTotal > b.PeriodTotal ? "A" : "B")} is ahead by {Money(Math.Abs(a.PeriodTotal - b.PeriodTotal))}** ({Money(a.PeriodTotal)} for A, {Money(b.PeriodTotal)} for B)");
        sb.Append($"; in year 1 {CompareCommandHandler.Ahead(a.FirstYearTotal, b.FirstYearTotal, a)}\n\n");
        var (ya, yb) = (a.Years[0], b.Years[0]);
        var gaps = new (string Part, decimal A, decimal B)[] { ("base", ya.Base, yb.Base), ("bonus", ya.Bonus, yb.Bonus), ("stock", ya.Stock, yb.Stock), ("sign-on", ya.SignOn, yb.SignOn), ("401(k) match", ya.Other, yb.Other) }
            .Where(g => g.A != g.B).ToList();
        if (gaps.Count > 0)
        {
            sb.Append("Where the gap comes from, in year 1:\n");
            foreach (var (part, valueA, valueB) in gaps)
                sb.Append($"- {part}: {(valueA > valueB ? "A" : "B")} pays {Money(Math.Abs(valueA - valueB))} more ({Money(valueA)} vs {Money(valueB)})\n");
            if (a.Years.Zip(b.Years).Any(p => p.First.Total - p.Second.Total != ya.Total - yb.Total))
                sb.Append("Later years differ from year 1 (a sign-on paid once, vesting shares, refreshers): the table has each year.\n");
        }
        sb.Append("\nThat is the money only; the role, the team and how sure the stock is are yours to weigh. Ask \"what if B's base were …\" to change one side.");
        return sb.ToString();
    }
}

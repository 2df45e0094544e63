using System.Text;

namespace CareerBot.Core.Offers;

/// <summary>
/// Places an offer against the sourced figures in <see cref="SalaryBands"/>: the first-year total against the
/// figures that are total comp (or not said to be base), the base against the base-salary figures.
/// </summary>
public static class SalaryPlacement
{
    /// <summary>The placement in Markdown and the bands it cites.</summary>
    public sealed record Result(string Markdown, IReadOnlyList<SalaryBand> Cited);

    /// <param name="level">When given, every figure for that level is compared; otherwise the figures the amount falls in, or the nearest ones.</param>
    /// <param name="compact">Cite each figure by what it measures and its article only, without the article's scope: an offer's or two offers' reply then fits one chat message.</param>
    public static Result Describe(OfferBreakdown offer, string? level, bool compact = false)
    {
        if (offer.Currency != "USD")
            return new Result($"**Against the knowledge base's figures:** they are in US dollars and I don't convert currencies, so this {offer.Currency} offer is not placed against them.", []);
        var bands = SalaryBands.All.Where(b => level is null || b.Level == level).ToList();
        var cited = new List<SalaryBand>();
        var sb = new StringBuilder("**Against the knowledge base's figures**");
        if (level is not null) sb.Append(" for ").Append(SalaryBands.LevelName(level)).Append(" engineers");
        sb.Append(':');
        Line(sb, $"First-year total {MoneyText.Format(offer.FirstYearTotal, "USD")}", offer.FirstYearTotal,
            bands.Where(b => b.Measure != PayMeasure.BaseSalary).ToList(), all: level is not null, cited, compact);
        Line(sb, $"Base {MoneyText.Format(offer.Terms.Base, "USD")}", offer.Terms.Base,
            bands.Where(b => b.Measure == PayMeasure.BaseSalary).ToList(), all: level is not null, cited, compact);
        return new Result(sb.ToString(), cited);
    }

    /// <summary>
    /// A figure against the figures for the level, each saying what it measures. When the member says what the figure is,
    /// it is compared with figures of that kind only: base with base salary, total comp with total comp (and figures
    /// that don't say which), never a total against a base range.
    /// </summary>
    public static Result DescribeAmount(decimal amount, string? level, PayMeasure? calledAs = null)
    {
        var bands = SalaryBands.All.Where(b => (level is null || b.Level == level) && calledAs switch
        {
            PayMeasure.BaseSalary => b.Measure != PayMeasure.TotalCompensation,
            PayMeasure.TotalCompensation => b.Measure != PayMeasure.BaseSalary,
            _ => true,
        }).ToList();
        var cited = new List<SalaryBand>();
        var sb = new StringBuilder($"**{MoneyText.Format(amount, "USD")}");
        sb.Append(calledAs switch { PayMeasure.BaseSalary => " base", PayMeasure.TotalCompensation => " total comp", _ => "" });
        sb.Append(" against the knowledge base's figures**");
        if (level is not null) sb.Append(" for ").Append(SalaryBands.LevelName(level)).Append(" engineers");
        sb.Append(calledAs switch
        {
            PayMeasure.BaseSalary => " (compared with base-salary figures and those that don't say; total-comp figures would overstate the bar):",
            PayMeasure.TotalCompensation => " (compared with total-comp figures and those that don't say; base-salary ranges would understate the bar):",
            _ => " (check whether your figure is base or total comp; each source says what it measures):",
        });
        var chosen = level is null ? Nearest(amount, bands) : bands;
        cited.AddRange(chosen);
        foreach (var band in chosen) sb.Append("\n- ").Append(Relation(amount, band)).Append(' ').Append(Cite(band)).Append('.');
        if (calledAs == PayMeasure.TotalCompensation && level is null or "senior")
            sb.Append("\n- For scale, *Why Are ML Engineers Paid So Much?* has a worked example of a senior package at a top tech company whose year-one total is far above any base range (ask for the worked example).");
        return new Result(sb.ToString(), cited);
    }

    private static void Line(StringBuilder sb, string label, decimal amount, IReadOnlyList<SalaryBand> bands, bool all, List<SalaryBand> cited, bool compact)
    {
        if (bands.Count == 0) return;
        var chosen = all ? bands : Nearest(amount, bands);
        cited.AddRange(chosen.Except(cited));
        sb.Append("\n- ").Append(label).Append(": ").Append(string.Join("; ", chosen.Select(b => Relation(amount, b) + " " + (compact ? ShortCite(b) : Cite(b))))).Append('.');
    }

    /// <summary>The figures containing the amount; when none does, the nearest below and the nearest above.</summary>
    private static IReadOnlyList<SalaryBand> Nearest(decimal amount, IReadOnlyList<SalaryBand> bands)
    {
        var containing = bands.Where(b => b.Contains(amount)).ToList();
        if (containing.Count > 0) return containing;
        var below = bands.Where(b => b.High < amount).MaxBy(b => b.High);
        var above = bands.Where(b => b.Low > amount).MinBy(b => b.Low);
        return new[] { below, above }.OfType<SalaryBand>().ToList();
    }

    private static string Relation(decimal amount, SalaryBand band)
    {
        var what = $"{SalaryBands.LevelName(band.Level)} {band.QuotedAs}";
        if (band.Contains(amount)) return band.High is null ? $"at or above the {what} figure" : $"within the {what} range";
        if (amount < band.Low) return $"below the {what} range";
        return band.OpenEnded ? $"above the top of the {what} range (the article says pay goes higher)" : $"above the {what} range";
    }

    // The knowledge entries name the career-path article by the part of its title before the colon.
    private static string Cite(SalaryBand band) => $"({band.MeasureText}; *{band.Article.Split(':')[0]}*: {band.Scope})";

    private static string ShortCite(SalaryBand band) =>
        $"({(band.Measure == PayMeasure.NotStated ? "base or total comp not said" : band.MeasureText)}; *{band.Article.Split(':')[0]}*)";
}

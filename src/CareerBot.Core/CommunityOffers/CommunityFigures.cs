namespace CareerBot.Core.CommunityOffers;

/// <summary>Count, medians and quartiles of one cell's approved offers (all in one currency).</summary>
public sealed record CommunityFigures(int Count, string Currency, decimal MedianBase, decimal MedianFirstYear,
    (decimal Low, decimal High) BaseQuartiles, (decimal Low, decimal High) FirstYearQuartiles)
{
    public static CommunityFigures Of(IReadOnlyCollection<CommunityOffer> offers)
    {
        var bases = offers.Select(o => o.Submission.Base).Order().ToArray();
        var firstYears = offers.Select(o => o.Submission.FirstYearTotal).Order().ToArray();
        return new CommunityFigures(offers.Count, offers.First().Submission.Currency,
            Percentile(bases, 0.5m), Percentile(firstYears, 0.5m),
            (Percentile(bases, 0.25m), Percentile(bases, 0.75m)), (Percentile(firstYears, 0.25m), Percentile(firstYears, 0.75m)));
    }

    /// <summary>Linear interpolation between the closest ranks (the spreadsheet PERCENTILE.INC), rounded to the whole unit.</summary>
    public static decimal Percentile(IReadOnlyList<decimal> sorted, decimal p)
    {
        var position = (sorted.Count - 1) * p;
        var lower = (int)decimal.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        var value = sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
        return Math.Round(value, 0, MidpointRounding.AwayFromZero);
    }
}

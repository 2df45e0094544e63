namespace CareerBot.Core.Offers;

/// <summary>An offer worked out year by year, with every assumption the calculator made.</summary>
public sealed record OfferBreakdown(OfferTerms Terms, IReadOnlyList<OfferYear> Years, IReadOnlyList<string> Assumptions)
{
    public decimal FirstYearTotal => Years[0].Total;

    /// <summary>Sum of the yearly totals (each already in cents, so there is nothing to drift).</summary>
    public decimal PeriodTotal => Years.Sum(y => y.Total);

    /// <summary>Period total over the number of years, rounded to the cent.</summary>
    public decimal AveragePerYear => Math.Round(PeriodTotal / Years.Count, 2, MidpointRounding.AwayFromZero);

    public string Currency => Terms.Currency;
}

namespace CareerBot.Core.Offers;

/// <summary>What differs between two versions of an offer, in words: "sign-on $30,000 → none", "base $180,000 → $190,000".</summary>
public static class OfferTermsDiff
{
    private static readonly (string Name, Func<OfferTerms, string?> Value)[] Parts =
    [
        ("base", t => Money(t.Base, t)),
        ("bonus", t => AmountOrPercentText(t.Bonus, t)),
        ("stock", t => t.Stock is { } s ? Money(s, t) + " grant" + (t.EquityPercent is { } e ? $" (your {MoneyText.Percent(e)} equity)" : "")
            : t.StockPerYear is { } y ? Money(y, t) + " a year"
            : t.EquityPercent is { } p ? MoneyText.Percent(p) + " of the company" : null),
        ("vesting", t => t.Vesting?.Describe() ?? VestingSchedule.Even(OfferCalculator.DefaultYears).Describe() + " (assumed)"),
        ("cliff", t => t.CliffMonths is { } c ? $"{c} months" : null),
        ("vesting frequency", t => t.Frequency?.ToString().ToLowerInvariant()),
        ("sign-on", t => t.SignOn is { } s ? Money(s, t) : null),
        ("year-2 sign-on", t => t.SignOn2 is { } s ? Money(s, t) : null),
        ("refresher", t => t.Refresh is { } r ? Money(r, t) + " a year" : null),
        ("stock growth", t => t.GrowthPercent is { } g ? MoneyText.Percent(g) + " a year" : null),
        ("401(k) match", t => AmountOrPercentText(t.Match, t)),
    ];

    /// <summary>One "part old → new" per changed part; empty when nothing changed.</summary>
    public static IReadOnlyList<string> Describe(OfferTerms before, OfferTerms after) =>
        Parts.Select(p => (p.Name, Old: p.Value(before), New: p.Value(after)))
            .Where(p => p.Old != p.New)
            .Select(p => $"{p.Name} {p.Old ?? "none"} → {p.New ?? "none"}")
            .ToList();

    private static string Money(decimal amount, OfferTerms terms) => MoneyText.Format(amount, terms.Currency);

    private static string? AmountOrPercentText(AmountOrPercent? value, OfferTerms terms) => value switch
    {
        null => null,
        { IsPercent: true } p => MoneyText.Percent(p.Value) + " of base",
        { } a => Money(a.Value, terms),
    };
}

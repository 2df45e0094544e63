namespace CareerBot.Core.Offers;

/// <summary>
/// How a grant is spread over the years: one weight per year (weights need not sum to 100: an even schedule over
/// three years is 1/1/1, so no year's share is ever rounded before the money is).
/// </summary>
/// <param name="Name">"even", "backloaded", "custom", …</param>
/// <param name="Weights">Share of the grant vesting in each year, relative to their sum.</param>
/// <param name="IsCommonShape">A named shape that is common in offers but not a sourced figure.</param>
public sealed record VestingSchedule(string Name, IReadOnlyList<decimal> Weights, bool IsCommonShape = false)
{
    public const int MaxYears = 10;

    public int Years => Weights.Count;

    public decimal TotalWeight => Weights.Sum();

    public static VestingSchedule Even(int years) => new("even", Enumerable.Repeat(1m, years).ToArray());

    /// <summary>Percentages per year as written (5/15/40/40); the caller has checked they sum to 100.</summary>
    public static VestingSchedule FromPercentages(IReadOnlyList<decimal> percentages, string name = "custom", bool isCommonShape = false) =>
        new(name, percentages.ToArray(), isCommonShape);

    /// <summary>The percentage of the grant vesting in a year, for display (even over three years shows 33.33).</summary>
    public decimal PercentInYear(int yearIndex) => Math.Round(Weights[yearIndex] * 100m / TotalWeight, 2);

    /// <summary>"5/15/40/40" or "25/25/25/25".</summary>
    public string Describe() => string.Join('/', Weights.Select((_, i) => PercentInYear(i).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)));

    public bool Equals(VestingSchedule? other) =>
        other is not null && Name == other.Name && IsCommonShape == other.IsCommonShape && Weights.SequenceEqual(other.Weights);

    public override int GetHashCode() => HashCode.Combine(Name, Weights.Count, IsCommonShape);
}

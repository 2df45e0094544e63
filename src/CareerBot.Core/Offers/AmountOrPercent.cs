namespace CareerBot.Core.Offers;

/// <summary>A bonus or 401(k) match: a fixed yearly amount, or a percentage of base.</summary>
public readonly record struct AmountOrPercent(decimal Value, bool IsPercent)
{
    public static AmountOrPercent Amount(decimal value) => new(value, false);
    public static AmountOrPercent Percent(decimal value) => new(value, true);

    /// <summary>The yearly amount for a base salary, rounded to the cent.</summary>
    public decimal For(decimal baseSalary) => IsPercent ? Math.Round(baseSalary * Value / 100m, 2, MidpointRounding.AwayFromZero) : Value;
}

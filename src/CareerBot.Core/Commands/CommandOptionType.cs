namespace CareerBot.Core.Commands;

public enum CommandOptionType
{
    /// <summary>Free text.</summary>
    Text,
    /// <summary>An amount such as 180k, $1.2M or €90k.</summary>
    Money,
    /// <summary>An amount or a percentage of base (30k or 15%).</summary>
    MoneyOrPercent,
    Percent,
    /// <summary>A duration such as 4y or 12m.</summary>
    Duration,
    /// <summary>4y, a schedule such as 5-15-40-40, or a named schedule.</summary>
    Vesting,
    Integer,
    /// <summary>A whole offer in the /offer syntax (used by /compare).</summary>
    Offer,
}

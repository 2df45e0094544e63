namespace CareerBot.Core.Offers;

/// <summary>What a sourced salary figure measures, exactly as its article says.</summary>
public enum PayMeasure
{
    BaseSalary,
    TotalCompensation,
    /// <summary>The article does not say whether the figure is base or total comp.</summary>
    NotStated,
}

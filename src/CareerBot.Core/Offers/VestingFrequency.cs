namespace CareerBot.Core.Offers;

/// <summary>How often stock vests once the cliff has passed.</summary>
public enum VestingFrequency
{
    Monthly = 12,
    Quarterly = 4,
    Annual = 1,
}

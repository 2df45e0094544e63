namespace CareerBot.Core.Offers;

/// <summary>One year of an offer, by component. <see cref="Other"/> holds the 401(k) match.</summary>
public sealed record OfferYear(int Year, decimal Base, decimal Bonus, decimal Stock, decimal SignOn, decimal Other)
{
    public decimal Total => Base + Bonus + Stock + SignOn + Other;
}

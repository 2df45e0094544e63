namespace CareerBot.Core.Offers;

/// <summary>
/// An offer as given. A null member was not given: the calculator picks a stated assumption for it;
/// anything given is used as given.
/// </summary>
public sealed record OfferTerms
{
    public required decimal Base { get; init; }
    /// <summary>ISO code of every amount in the offer (amounts in one offer never mix currencies).</summary>
    public string Currency { get; init; } = "USD";
    public AmountOrPercent? Bonus { get; init; }
    /// <summary>Total initial stock grant, valued at the grant price.</summary>
    public decimal? Stock { get; init; }
    /// <summary>Stock given as a yearly amount ("100k/yr in RSUs"): the grant is this times the vesting years.</summary>
    public decimal? StockPerYear { get; init; }
    /// <summary>Equity given as a percent of the company (0.1 = 0.1%): worth nothing knowable without a valuation, so never counted.</summary>
    public decimal? EquityPercent { get; init; }
    public VestingSchedule? Vesting { get; init; }
    public int? CliffMonths { get; init; }
    public VestingFrequency? Frequency { get; init; }
    public decimal? SignOn { get; init; }
    /// <summary>Sign-on part paid in year 2.</summary>
    public decimal? SignOn2 { get; init; }
    /// <summary>Refresher grant made every year, each vesting on the same schedule from the following year.</summary>
    public decimal? Refresh { get; init; }
    /// <summary>Yearly stock-price growth in percent (5 = 5%).</summary>
    public decimal? GrowthPercent { get; init; }
    /// <summary>401(k) match per year.</summary>
    public AmountOrPercent? Match { get; init; }
}

using CareerBot.Core.Offers;

namespace CareerBot.Core.CommunityOffers;

/// <summary>Why a pending offer looks wrong to a moderator, or null: far above its level's approved offers, or below the sourced entry-level floor.</summary>
public static class OutlierCheck
{
    public const decimal MedianMultiple = 3m;

    /// <summary>The lowest sourced entry-level base salary (US dollars).</summary>
    public static SalaryBand EntryFloor { get; } = SalaryBands.All.Where(b => b.Level == "entry" && b.Measure == PayMeasure.BaseSalary).MinBy(b => b.Low)!;

    public static string? Flag(ShareSubmission offer, IEnumerable<CommunityOffer> approved)
    {
        var peers = approved.Where(a => a.Submission.Level == offer.Level && a.Submission.Currency == offer.Currency)
            .Select(a => a.Submission.FirstYearTotal).Order().ToList();
        if (peers.Count > 0 && CommunityFigures.Percentile(peers, 0.5m) is var median && offer.FirstYearTotal > MedianMultiple * median)
            return $"first-year total is more than {MedianMultiple}× the median of {peers.Count} approved {SalaryBands.LevelName(offer.Level)} offers ({MoneyText.Format(median, offer.Currency)})";
        if (offer.Currency == "USD" && offer.Base < EntryFloor.Low)
            return $"base is below the sourced entry-level floor of {MoneyText.Format(EntryFloor.Low, "USD")} (*{EntryFloor.Article}*)";
        return null;
    }
}

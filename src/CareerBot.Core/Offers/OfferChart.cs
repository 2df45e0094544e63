using CareerBot.Core.Messages;

namespace CareerBot.Core.Offers;

/// <summary>Chart data for offers: yearly totals stacked by component; two offers as pairs of bars per year.</summary>
public static class OfferChart
{
    public static ChartRequest For(OfferBreakdown offer, string title)
    {
        var series = OfferMarkdown.UsedComponents(offer)
            .Select(c => new ChartSeries(c.Name, offer.Years.Select(c.Value).ToList()))
            .ToList();
        return new ChartRequest(title, series, offer.Years.Select(y => $"Year {y.Year}").ToList(), offer.Currency);
    }

    /// <summary>Bars ordered year 1 A, year 1 B, year 2 A, …; the offers have the same number of years.</summary>
    public static ChartRequest ForComparison(OfferBreakdown a, OfferBreakdown b, string title)
    {
        var pairs = a.Years.Zip(b.Years).ToList();
        var series = OfferMarkdown.UsedComponents(a, b)
            .Select(c => new ChartSeries(c.Name, pairs.SelectMany(p => new[] { c.Value(p.First), c.Value(p.Second) }).ToList()))
            .ToList();
        var categories = pairs.SelectMany(p => new[] { $"Y{p.First.Year} A", $"Y{p.Second.Year} B" }).ToList();
        return new ChartRequest(title, series, categories, a.Currency) { BarsPerGroup = 2 };
    }
}

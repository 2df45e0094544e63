using System.Text;
using CareerBot.Core.Offers;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.CommunityOffers;

/// <summary>
/// The "Community-reported" block under salary answers: members' approved offers for a level (and place), shown only
/// when a cell has at least the k-anonymity minimum, each currency on its own, never added to the articles' figures.
/// </summary>
public sealed class CommunityBlock(CommunityOfferCache cache, IOptions<CommunityOfferOptions> options, TimeProvider time)
{
    public const string Heading = "Community-reported";

    /// <param name="place">A place cell (see <see cref="PlaceCells"/>), or null for every place.</param>
    /// <returns>The Markdown block, or null when no cell has enough offers.</returns>
    public string? For(string level, string? place)
    {
        var o = options.Value;
        var minimum = Math.Max(o.MinimumCount, CommunityOfferOptions.FloorMinimumCount);
        var since = time.GetUtcNow().AddDays(-o.LookbackDays);
        var cells = cache.Approved
            .Where(x => x.Submission.Level == level && (place is null || x.Submission.Place == place) && x.SubmittedOn >= since)
            .GroupBy(x => x.Submission.Currency)
            .Where(g => g.Count() >= minimum)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (cells.Count == 0) return null;

        var where = place is null ? "all places" : PlaceCells.Display(place);
        var sb = new StringBuilder($"**{Heading}** — {SalaryBands.LevelName(level)}, {where}: offers members shared, approved by moderators, from the last {Months(o.LookbackDays)}. ");
        sb.Append("Not from the articles: never added to or averaged with their figures.");
        foreach (var cell in cells)
        {
            var offers = cell.ToList();
            var f = CommunityFigures.Of(offers);
            string Money(decimal amount) => MoneyText.Format(amount, f.Currency);
            sb.Append($"\n- **{f.Count} offers** ({f.Currency}): median base **{Money(f.MedianBase)}**, median first-year total comp **{Money(f.MedianFirstYear)}** (each worked out by the offer calculator).");
            if (f.Count >= o.PercentileMinimumCount)
                sb.Append($" Middle half (25th–75th percentile): base {Money(f.BaseQuartiles.Low)}–{Money(f.BaseQuartiles.High)}, first-year {Money(f.FirstYearQuartiles.Low)}–{Money(f.FirstYearQuartiles.High)}.");
            foreach (var company in offers.Where(x => x.Submission.Company is not null).GroupBy(x => x.Submission.Company!)
                         .Where(g => g.Count() >= minimum).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var c = CommunityFigures.Of(company.ToList());
                sb.Append($"\n  - {company.Key} ({c.Count} offers): median base {Money(c.MedianBase)}, median first-year {Money(c.MedianFirstYear)}.");
            }
        }
        sb.Append($"\n\n*Shown only for groups of {minimum} or more offers. Grouped by: {PlaceCells.MergeNote} Share yours with `/share`.*");
        return sb.ToString();
    }

    private static string Months(int days) => days % 365 == 0 ? $"{days / 365 * 12} months" : $"{days} days";
}

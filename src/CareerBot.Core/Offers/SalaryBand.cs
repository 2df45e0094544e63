namespace CareerBot.Core.Offers;

/// <summary>A salary range as one article reports it, quoted from the knowledge entry that cites it.</summary>
/// <param name="Level">entry, mid, senior or staff.</param>
/// <param name="High">Top of the range; null for "and above".</param>
/// <param name="OpenEnded">The article writes the top with a "+" or "and above".</param>
/// <param name="QuotedAs">The figure exactly as the knowledge entry writes it, e.g. "$160,000–$220,000+".</param>
/// <param name="Article">Title of the source article.</param>
/// <param name="KnowledgeId">The knowledge entry that quotes the figure.</param>
/// <param name="Scope">Who the figure is for, in the entry's words.</param>
public sealed record SalaryBand(string Level, decimal Low, decimal? High, bool OpenEnded, PayMeasure Measure,
    string QuotedAs, string Article, string KnowledgeId, string Scope)
{
    public bool Contains(decimal amount) => amount >= Low && (High is not { } high || amount <= high);

    public string MeasureText => Measure switch
    {
        PayMeasure.BaseSalary => "base salary",
        PayMeasure.TotalCompensation => "total compensation",
        _ => "the article does not say whether base or total comp",
    };
}

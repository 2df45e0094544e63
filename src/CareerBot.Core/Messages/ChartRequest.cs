namespace CareerBot.Core.Messages;

/// <summary>Data for a stacked bar chart: one series per component, one bar group per year (and per offer when comparing).</summary>
public sealed record ChartRequest(string Title, IReadOnlyList<ChartSeries> Series, IReadOnlyList<string> Categories, string Currency)
{
    /// <summary>Bars drawn next to each other before a gap: 2 when comparing two offers year by year.</summary>
    public int BarsPerGroup { get; init; } = 1;
}

public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values);

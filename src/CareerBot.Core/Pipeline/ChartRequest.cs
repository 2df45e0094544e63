namespace CareerBot.Core.Pipeline;

/// <summary>Data for a stacked bar chart: one series per component, one bar group per year (and per offer when comparing).</summary>
public sealed record ChartRequest(string Title, IReadOnlyList<ChartSeries> Series, IReadOnlyList<string> Categories, string Currency);

public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values);

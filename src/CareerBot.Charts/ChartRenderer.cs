using CareerBot.Core.Messages;
using ScottPlot;

namespace CareerBot.Charts;

/// <summary>Draws offer charts with ScottPlot: one stacked bar per category, components stacked bottom to top in series order.</summary>
public sealed class ChartRenderer : IChartRenderer
{
    public const int Width = 800;
    public const int Height = 450;

    private static readonly Color[] Palette =
    [
        Color.FromHex("#4E79A7"), Color.FromHex("#F28E2B"), Color.FromHex("#59A14F"), Color.FromHex("#E15759"), Color.FromHex("#B07AA1"),
        Color.FromHex("#76B7B2"), Color.FromHex("#EDC948"),
    ];

    public ValueTask<byte[]> RenderPngAsync(ChartRequest chart, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Render(chart));
    }

    private static byte[] Render(ChartRequest chart)
    {
        var plot = new Plot();
        var positions = Positions(chart.Categories.Count, Math.Max(chart.BarsPerGroup, 1));
        var bottoms = new double[chart.Categories.Count];
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var bars = new List<Bar>();
            for (var i = 0; i < chart.Categories.Count; i++)
            {
                var value = i < series.Values.Count ? (double)series.Values[i] : 0;
                bars.Add(new Bar
                {
                    Position = positions[i],
                    ValueBase = bottoms[i],
                    Value = bottoms[i] + value,
                    FillColor = Palette[s % Palette.Length],
                    LineWidth = 0,
                    Size = 0.8,
                });
                bottoms[i] += value;
            }
            plot.Add.Bars(bars);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series.Name, FillColor = Palette[s % Palette.Length] });
        }
        plot.Axes.Bottom.SetTicks(positions, chart.Categories.ToArray());
        plot.Axes.Left.Label.Text = chart.Currency;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Thousands };
        plot.Axes.Margins(bottom: 0);
        plot.Title(chart.Title);
        plot.ShowLegend(Edge.Right);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>Bars in a group touch; groups are one bar-width apart.</summary>
    private static double[] Positions(int count, int perGroup)
    {
        var positions = new double[count];
        for (var i = 0; i < count; i++) positions[i] = i + (i / perGroup) * (perGroup > 1 ? 0.6 : 0);
        return positions;
    }

    private static string Thousands(double value) => Math.Abs(value) >= 1000
        ? (value / 1000).ToString("#,0.#", System.Globalization.CultureInfo.InvariantCulture) + "k"
        : value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
}

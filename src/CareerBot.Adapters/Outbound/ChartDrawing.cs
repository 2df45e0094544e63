using CareerBot.Core.Messages;
using Microsoft.Extensions.Logging;

namespace CareerBot.Adapters.Outbound;

/// <summary>
/// Draws a reply's chart once its text is out, the same way on every platform: a drawing failure costs only the picture
/// (a warning), never the answer already sent nor the worker sending it.
/// </summary>
public static class ChartDrawing
{
    /// <summary>The chart as a PNG; null when the reply has none, no renderer is registered or drawing it failed.</summary>
    public static async Task<byte[]?> TryDrawAsync(IChartRenderer? renderer, ChartRequest? chart, ILogger logger, CancellationToken cancellationToken)
    {
        if (chart is null || renderer is null) return null;
        try
        {
            return await renderer.RenderPngAsync(chart, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Drawing the chart \"{Title}\" failed; the answer went out without it", chart.Title);
            return null;
        }
    }
}

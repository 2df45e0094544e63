using CareerBot.Core.Messages;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace CareerBot.ConsoleChat;

/// <summary>
/// Draws a reply's chart after its text has been printed, saves it as a PNG under the temp folder (named by time)
/// and prints the path. A chart that cannot be drawn costs one grey line, never the answer.
/// </summary>
public sealed class ConsoleChartWriter(IChartRenderer renderer, IAnsiConsole console, TimeProvider time, ILogger logger)
{
    public static string Directory => Path.Combine(Path.GetTempPath(), "careerbot-charts");

    public async Task WriteAsync(Reply reply, CancellationToken cancellationToken)
    {
        if (reply.Chart is not { } chart) return;
        try
        {
            var png = await renderer.RenderPngAsync(chart, cancellationToken);
            System.IO.Directory.CreateDirectory(Directory);
            var path = Path.Combine(Directory, $"chart-{time.GetUtcNow():yyyyMMdd-HHmmss-fff}.png");
            await File.WriteAllBytesAsync(path, png, cancellationToken);
            console.MarkupLine("[grey]Chart: " + Markup.Escape(path) + "[/]");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Drawing a chart failed");
            console.MarkupLine("[grey]The chart could not be drawn this time.[/]");
        }
    }
}

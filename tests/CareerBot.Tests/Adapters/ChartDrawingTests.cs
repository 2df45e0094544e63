using CareerBot.Adapters.Outbound;
using CareerBot.Core.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CareerBot.Tests.Adapters;

public class ChartDrawingTests
{
    private static readonly ChartRequest Chart = new("Offer A vs B", [new ChartSeries("A", [1m, 2m])], ["Year 1", "Year 2"], "USD");
    private readonly FakeLogger _logger = new();

    [Fact]
    public async Task A_drawing_failure_costs_only_the_picture_and_is_logged_as_a_warning()
    {
        var png = await ChartDrawing.TryDrawAsync(new Renderer(_ => throw new InvalidOperationException("font missing")), Chart, _logger, CancellationToken.None);

        Assert.Null(png);
        var warning = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("Offer A vs B", warning.Message);
        Assert.IsType<InvalidOperationException>(warning.Exception);
    }

    [Fact]
    public async Task A_drawn_chart_is_returned_and_a_reply_without_one_draws_nothing()
    {
        var calls = 0;
        var renderer = new Renderer(_ => { calls++; return [1, 2, 3]; });

        Assert.Equal([1, 2, 3], await ChartDrawing.TryDrawAsync(renderer, Chart, _logger, CancellationToken.None));
        Assert.Null(await ChartDrawing.TryDrawAsync(renderer, null, _logger, CancellationToken.None));
        Assert.Null(await ChartDrawing.TryDrawAsync(null, Chart, _logger, CancellationToken.None));
        Assert.Equal(1, calls);
        Assert.Empty(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task Stopping_is_not_swallowed()
    {
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();
        var renderer = new Renderer(token => { token.ThrowIfCancellationRequested(); return []; });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ChartDrawing.TryDrawAsync(renderer, Chart, _logger, stop.Token));
    }

    private sealed class Renderer(Func<CancellationToken, byte[]> draw) : IChartRenderer
    {
        public ValueTask<byte[]> RenderPngAsync(ChartRequest chart, CancellationToken cancellationToken) => ValueTask.FromResult(draw(cancellationToken));
    }
}

namespace CareerBot.Core.Messages;

/// <summary>Draws a <see cref="ChartRequest"/> as a PNG image; adapters call it after the text reply is sent.</summary>
public interface IChartRenderer
{
    ValueTask<byte[]> RenderPngAsync(ChartRequest chart, CancellationToken cancellationToken);
}

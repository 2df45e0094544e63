using CareerBot.Core.Pipeline;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Messages;

/// <summary>The reply's chart as a PNG file, attached to the reply's own message (multipart). A drawing failure costs only the picture: the text goes out without it.</summary>
public static class ChartAttachment
{
    public const string FileName = "offer-chart.png";

    public static async Task<DiscordFile?> RenderAsync(IChartRenderer? renderer, Reply reply, ILogger logger, CancellationToken cancellationToken)
    {
        if (reply.Chart is not { } chart || renderer is null) return null;
        try
        {
            return new DiscordFile(FileName, await renderer.RenderPngAsync(chart, cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Drawing the chart \"{Title}\" failed; the answer went out without it", chart.Title);
            return null;
        }
    }

    /// <summary>Names the file in the message's <c>attachments</c>, with the chart's title as its description (alt text).</summary>
    public static IReadOnlyList<AttachmentReference> References(Reply reply) =>
        [new AttachmentReference("0", FileName, reply.Chart?.Title is { Length: > 0 } title ? title[..Math.Min(title.Length, 1024)] : null)];
}

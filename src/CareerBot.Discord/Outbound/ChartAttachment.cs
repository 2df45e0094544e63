using CareerBot.Adapters.Outbound;
using CareerBot.Core.Messages;
using CareerBot.Discord.Api;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Outbound;

/// <summary>The reply's chart as a PNG file, attached to the reply's own message (multipart). A drawing failure costs only the picture: the text goes out without it.</summary>
public static class ChartAttachment
{
    public const string FileName = "offer-chart.png";

    public static async Task<DiscordFile?> RenderAsync(IChartRenderer? renderer, Reply reply, ILogger logger, CancellationToken cancellationToken) =>
        await ChartDrawing.TryDrawAsync(renderer, reply.Chart, logger, cancellationToken) is { } png ? new DiscordFile(FileName, png) : null;

    /// <summary>Names the file in the message's <c>attachments</c>, with the chart's title as its description (alt text).</summary>
    public static IReadOnlyList<AttachmentReference> References(Reply reply) =>
        [new AttachmentReference("0", FileName, reply.Chart?.Title is { Length: > 0 } title ? title[..Math.Min(title.Length, 1024)] : null)];
}

using CareerBot.Core.Messages;
using CareerBot.Discord.Api;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Outbound;

/// <summary>
/// Sends a reply to a channel message: the first part references the question, mentions are never parsed, and every
/// part carries a nonce derived from the question so a retried or replayed send cannot post the answer twice. The last
/// part carries the buttons and, for an offer, the chart as a PNG attachment: an answer is one message, not text then picture.
/// </summary>
public sealed class DiscordReplySender(DiscordRestClient rest, ILogger<DiscordReplySender> logger, IChartRenderer? charts = null)
{
    public async Task SendAsync(Reply reply, DiscordMessage question, CancellationToken cancellationToken)
    {
        if (!reply.ShouldSend) return;
        var requests = TextRequests(reply, question);
        var chart = await ChartAttachment.RenderAsync(charts, reply, logger, cancellationToken);
        for (var i = 0; i < requests.Count; i++)
        {
            if (i == requests.Count - 1 && chart is not null)
                await rest.CreateMessageAsync(question.ChannelId, requests[i] with { Attachments = ChartAttachment.References(reply) }, [chart], cancellationToken);
            else
                await rest.CreateMessageAsync(question.ChannelId, requests[i], [], cancellationToken);
        }
    }

    /// <summary>The reply's text messages as Discord request bodies (what is sent, before JSON).</summary>
    public static IReadOnlyList<MessageCreateRequest> TextRequests(Reply reply, DiscordMessage question)
    {
        var parts = DiscordReplyRenderer.Render(reply);
        var requests = new MessageCreateRequest[parts.Count];
        for (var i = 0; i < parts.Count; i++)
            requests[i] = new MessageCreateRequest(
                parts[i],
                AllowedMentions.None,
                i == 0 ? new MessageReference(question.Id, question.ChannelId, question.GuildId) : null,
                Nonce(question.Id, i),
                EnforceNonce: true,
                Components: i == parts.Count - 1 ? ReplyComponents.For(reply) : null);
        return requests;
    }

    /// <summary>At most 25 characters: the question's id (≤ 20 digits) and the part number.</summary>
    public static string Nonce(string questionId, int part) => $"{questionId}-{part}";
}

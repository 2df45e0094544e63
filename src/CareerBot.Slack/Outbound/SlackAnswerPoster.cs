using CareerBot.Adapters.Outbound;
using CareerBot.Core.Messages;
using CareerBot.Slack.Api;
using CareerBot.Slack.Inbound;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Outbound;

/// <summary>Posts a public answer in its thread (every message, then the chart), and shares charts; runs in a channel's outbox lane or a worker.</summary>
public sealed class SlackAnswerPoster(SlackApiClient api, IChartRenderer charts, ILogger<SlackAnswerPoster> logger)
{
    public async Task PostAsync(SlackQuestion question, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            var part = 0;
            foreach (var message in SlackReplyRenderer.Render(reply))
                await api.PostMessageAsync(question.Channel, message, question.ThreadTs, cancellationToken, replyKey: $"{question.MessageTs}/{part++}");
            await UploadChartAsync(reply, question.Channel, question.ThreadTs, cancellationToken);
        }
        catch (SlackApiException e)
        {
            // A server error that outlasted the retries loses an answer: an error. A refusal (channel_not_found…) is a setup problem.
            logger.Log(e.IsTransient ? LogLevel.Error : LogLevel.Warning,
                "Could not answer in Slack channel {Channel}: {Method} answered {Error}", question.Channel, e.Method, e.Error);
        }
    }

    /// <summary>The reply's chart, drawn only now that its text is out (a drawing failure costs only the picture), shared with the three-step upload.</summary>
    public async Task UploadChartAsync(Reply reply, string channel, string? threadTs, CancellationToken cancellationToken)
    {
        if (reply.Chart is not { } chart || reply.IsPrivate) return;
        if (await ChartDrawing.TryDrawAsync(charts, chart, logger, cancellationToken) is not { } png) return;
        await api.UploadFileAsync(new SlackFileUpload(channel, threadTs, "careerbot-chart.png", chart.Title, png), cancellationToken);
    }
}

using CareerBot.Core.Pipeline;
using CareerBot.Slack.BlockKit;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Inbound;

/// <summary>
/// Answers one acknowledged delivery inside its own DI scope: pipeline, Block Kit, then the Web API or response_url;
/// an offer chart is drawn and uploaded only after the text is out, so drawing never delays the answer.
/// </summary>
public sealed class SlackWorkHandler(
    IMessagePipeline pipeline,
    SlackUserDirectory users,
    SlackApiClient api,
    IChartRenderer charts,
    ILogger<SlackWorkHandler> logger)
{
    public Task HandleAsync(SlackWorkItem item, CancellationToken cancellationToken) => item switch
    {
        SlackQuestion q => AnswerQuestionAsync(q, cancellationToken),
        SlackSlashCommand c => AnswerCommandAsync(c, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unknown Slack work item"),
    };

    private async Task AnswerQuestionAsync(SlackQuestion question, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(question.UserId, cancellationToken);
        var reply = await pipeline.HandleAsync(SlackEventMapper.ToIncomingMessage(question, user), cancellationToken);
        if (!reply.ShouldSend) return;
        try
        {
            var part = 0;
            foreach (var message in SlackReplyRenderer.Render(reply))
            {
                if (reply.IsPrivate) await api.PostEphemeralAsync(question.Channel, question.UserId, message, question.ThreadTs, cancellationToken);
                else await api.PostMessageAsync(question.Channel, message, question.ThreadTs, cancellationToken, replyKey: $"{question.MessageTs}/{part++}");
            }
            await UploadChartAsync(reply, question.Channel, question.ThreadTs, cancellationToken);
        }
        catch (SlackApiException e)
        {
            // A server error that outlasted the retries loses an answer: an error. A refusal (channel_not_found…) is a setup problem.
            logger.Log(e.IsTransient ? LogLevel.Error : LogLevel.Warning,
                "Could not answer in Slack channel {Channel}: {Method} answered {Error}", question.Channel, e.Method, e.Error);
        }
    }

    private async Task AnswerCommandAsync(SlackSlashCommand command, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(command.UserId, cancellationToken);
        var reply = await pipeline.HandleAsync(SlackEventMapper.ToIncomingMessage(command, user), cancellationToken);
        // A member who keeps going after the slow-down notice gets silence, as in every other adapter.
        if (!reply.ShouldSend) return;
        var responseType = reply.IsPrivate ? SlackResponseMessage.Ephemeral : SlackResponseMessage.InChannel;
        try
        {
            foreach (var message in SlackReplyRenderer.Render(reply))
                await api.RespondAsync(command.ResponseUrl, new SlackResponseMessage(responseType, message.Text, message.Blocks), cancellationToken);
            // Slash commands cannot run in threads, so the chart goes to the channel (which needs the bot to be a member).
            await UploadChartAsync(reply, command.ChannelId, null, cancellationToken);
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Could not answer {Command} in Slack channel {Channel}: {Method} answered {Error}", command.Command, command.ChannelId, e.Method, e.Error);
        }
    }

    private async Task UploadChartAsync(Reply reply, string channel, string? threadTs, CancellationToken cancellationToken)
    {
        if (reply.Chart is not { } chart || reply.IsPrivate) return;
        var png = await charts.RenderPngAsync(chart, cancellationToken);
        await api.UploadFileAsync(new SlackFileUpload(channel, threadTs, "careerbot-chart.png", chart.Title, png), cancellationToken);
    }
}

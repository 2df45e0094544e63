using CareerBot.Core.Pipeline;
using CareerBot.Slack.BlockKit;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Inbound;

/// <summary>Answers one acknowledged delivery inside its own DI scope: pipeline, then Block Kit, then the Web API or response_url.</summary>
public sealed class SlackWorkHandler(
    IMessagePipeline pipeline,
    SlackUserDirectory users,
    SlackApiClient api,
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
            foreach (var message in SlackReplyRenderer.Render(reply))
            {
                if (reply.IsPrivate) await api.PostEphemeralAsync(question.Channel, question.UserId, message, question.ThreadTs, cancellationToken);
                else await api.PostMessageAsync(question.Channel, message, question.ThreadTs, cancellationToken);
            }
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Could not answer in Slack channel {Channel}: {Method} answered {Error}", question.Channel, e.Method, e.Error);
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
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Could not answer {Command} in Slack channel {Channel}: {Method} answered {Error}", command.Command, command.ChannelId, e.Method, e.Error);
        }
    }
}

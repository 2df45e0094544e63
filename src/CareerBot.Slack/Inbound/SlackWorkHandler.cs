using System.Text.Json.Nodes;
using CareerBot.Adapters.Outbound;
using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using CareerBot.Slack.Api;
using CareerBot.Slack.Interactions;
using CareerBot.Slack.Outbound;
using CareerBot.Slack.Wire;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Inbound;

/// <summary>
/// Answers one delivery inside its own DI scope: pipeline, Block Kit, then the Web API (public answers through the
/// channel's outbox lane) or response_url; an offer chart is drawn and uploaded only after the text is out. It also
/// opens the /kb edit modal, checks its submission (answering in the ack), and delivers the answers to button clicks.
/// </summary>
public sealed class SlackWorkHandler(
    IMessagePipeline pipeline,
    SlackUserDirectory users,
    SlackApiClient api,
    SlackAnswerPoster poster,
    SlackChannelOutbox outbox,
    TimeProvider time,
    ILogger<SlackWorkHandler> logger)
{
    /// <summary>
    /// How long after receipt a modal submission may take before it is acked without a verdict: Slack allows 3 s. A
    /// later verdict closes the modal and reaches the moderator as an ephemeral message instead.
    /// </summary>
    public static readonly TimeSpan ModalAckDeadline = TimeSpan.FromSeconds(2.5);

    /// <summary>Error text under a modal field is meant to be short; the full reply still goes out if the modal closes.</summary>
    private const int ModalErrorLength = 1500;

    public Task HandleAsync(SlackWorkItem item, CancellationToken cancellationToken) => item switch
    {
        SlackQuestion q => AnswerQuestionAsync(q, cancellationToken),
        SlackSlashCommand c => AnswerCommandAsync(c, cancellationToken),
        SlackViewSubmission v => AnswerSubmissionAsync(v, cancellationToken),
        SlackButtonClick b => AnswerClickAsync(b, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unknown Slack work item"),
    };

    private async Task AnswerQuestionAsync(SlackQuestion question, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(question.UserId, cancellationToken);
        var reply = await pipeline.HandleAsync(SlackEventMapper.ToIncomingMessage(question, user), cancellationToken);
        if (!reply.ShouldSend) return;
        if (!reply.IsPrivate)
        {
            // Public posts wait for the channel's turn in the outbox, so a busy channel never holds up this worker.
            if (!outbox.TryEnqueue(question.Channel, ct => poster.PostAsync(question, reply, ct)))
                logger.LogError("The answer in Slack channel {Channel} was dropped: the bot is stopping, or Slack:QueueCapacity answers already wait to be posted", question.Channel);
            return;
        }
        try
        {
            foreach (var message in SlackReplyRenderer.Render(reply))
                await api.PostEphemeralAsync(question.Channel, question.UserId, message, question.ThreadTs, cancellationToken);
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Could not answer privately in Slack channel {Channel}: {Method} answered {Error}", question.Channel, e.Method, e.Error);
        }
    }

    private async Task AnswerCommandAsync(SlackSlashCommand command, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(command.UserId, cancellationToken);
        var reply = await pipeline.HandleAsync(SlackEventMapper.ToIncomingMessage(command, user), cancellationToken);
        // A member who keeps going after the slow-down notice gets silence, as in every other adapter.
        if (!reply.ShouldSend) return;
        if (await TryOpenEditModalAsync(command, reply, cancellationToken)) return;
        var responseType = reply.IsPrivate ? SlackResponseMessage.Ephemeral : SlackResponseMessage.InChannel;
        try
        {
            foreach (var message in SlackReplyRenderer.Render(reply))
                await api.RespondAsync(command.ResponseUrl, new SlackResponseMessage(responseType, message.Text, message.Blocks), cancellationToken);
            // Slash commands cannot run in threads, so the chart goes to the channel (which needs the bot to be a member).
            await poster.UploadChartAsync(reply, command.ChannelId, null, cancellationToken);
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Could not answer {Command} in Slack channel {Channel}: {Method} answered {Error}", command.Command, command.ChannelId, e.Method, e.Error);
        }
    }

    /// <summary>
    /// /kb edit opens a pre-filled modal when the text fits a Slack text field and the trigger still works; otherwise
    /// (too long, trigger expired, views.open refused) the reply's text, which explains the typed /kb set form, goes out instead.
    /// </summary>
    private async Task<bool> TryOpenEditModalAsync(SlackSlashCommand command, Reply reply, CancellationToken cancellationToken)
    {
        if (reply.EditForm is not { } form || command.TriggerId is not { Length: > 0 } trigger) return false;
        if (!SlackEditModal.Fits(form))
        {
            logger.LogInformation("The text of {EntryId} is too long for a Slack modal ({Length} characters); sending the /kb set form instead", form.EntryId, form.Body.Length);
            return false;
        }
        try
        {
            await api.OpenViewAsync(trigger, SlackEditModal.Build(form, command.ChannelId), cancellationToken);
            return true;
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Could not open the edit modal for {EntryId}: views.open answered {Error}; sending the /kb set form instead", form.EntryId, e.Error);
            return false;
        }
    }

    /// <summary>
    /// Runs the submitted form through the pipeline as the typed <c>/kb set</c> (entry, from-version, text as typed) for
    /// the member who submitted it (moderator check included). A refusal within the deadline keeps the modal open with the reason under the field; a success closes
    /// it and confirms privately in the channel; a verdict after the deadline closes it and arrives privately either way.
    /// </summary>
    private async Task AnswerSubmissionAsync(SlackViewSubmission submission, CancellationToken cancellationToken)
    {
        if (!KnowledgeEditForm.IsEditForm(submission.CallbackId))
        {
            logger.LogDebug("Acknowledged a submission of unknown modal {CallbackId}", submission.CallbackId);
            await AcknowledgeAsync(submission, null, cancellationToken);
            return;
        }
        var checking = CheckSubmissionAsync(submission, cancellationToken);
        var left = ModalAckDeadline - (time.GetUtcNow() - submission.ReceivedAt);
        Reply? reply = null;
        try
        {
            reply = await checking.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("Checking a Slack edit of {CallbackId} took longer than {Deadline}; the modal closes and the result follows privately", submission.CallbackId, ModalAckDeadline);
        }
        if (reply is { Kind: not ReplyKind.Answer })
        {
            await AcknowledgeAsync(submission, FieldError(reply), cancellationToken);
            return;
        }
        await AcknowledgeAsync(submission, null, cancellationToken);
        reply ??= await checking;
        if (!reply.ShouldSend || submission.ChannelId.Length == 0) return;
        try
        {
            foreach (var message in SlackReplyRenderer.Render(reply))
                await api.PostEphemeralAsync(submission.ChannelId, submission.UserId, message, null, cancellationToken);
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Could not confirm an edit in Slack channel {Channel}: {Method} answered {Error}", submission.ChannelId, e.Method, e.Error);
        }
    }

    private async Task<Reply> CheckSubmissionAsync(SlackViewSubmission submission, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(submission.UserId, cancellationToken);
        return await pipeline.HandleAsync(SlackEventMapper.ToIncomingMessage(submission, user), cancellationToken);
    }

    private static JsonObject FieldError(Reply reply)
    {
        var reason = reply.ShouldSend && reply.Markdown.Length > 0 ? SlackMrkdwn.ToPlainText(reply.Markdown) : "Please wait a moment before saving again.";
        return new JsonObject
        {
            ["response_action"] = "errors",
            ["errors"] = new JsonObject { [SlackEditModal.InputBlockId] = TextSplitter.Truncate(reason, ModalErrorLength) },
        };
    }

    private async Task AcknowledgeAsync(SlackViewSubmission submission, JsonObject? payload, CancellationToken cancellationToken)
    {
        try
        {
            await submission.AcknowledgeAsync(payload, cancellationToken);
        }
        catch (Exception e) when (e is IOException or System.Net.WebSockets.WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The socket that delivered the submission closed (a refresh): Slack shows the member a timeout.
            logger.LogWarning("Could not acknowledge a Slack modal submission: {Error}", e.Message);
        }
    }

    /// <summary>
    /// Runs a click through the pipeline as a typed action. A private reply (a 👍/👎 thanks, a stale button) answers only the
    /// member who clicked, leaving the rated answer as it was. More posts the detail in the answer's thread; a follow-up
    /// question is answered there as if the member had asked it; Share in channel posts the private reply publicly.
    /// </summary>
    private async Task AnswerClickAsync(SlackButtonClick click, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(click.UserId, cancellationToken);
        var clicked = new IncomingMessage(SlackEventMapper.Platform, SlackEventMapper.Conversation(click.ChannelId, click.ThreadTs ?? ThreadOf(click)), user, click.ActionId)
        {
            ReceivedAt = click.ReceivedAt,
            Invocation = new ComponentAction(click.ActionId, click.Value, click.MessageTs),
        };
        var answer = await pipeline.HandleAsync(clicked, cancellationToken);
        if (!answer.ShouldSend) return;
        var share = ReplyButtons.TryParse(click.Value, out var action, out _) && action == ReplyButtons.Action.Share;
        await DeliverClickAnswerAsync(click, share, answer, cancellationToken);
    }

    /// <summary>The thread a click's answer goes to: the answer's own thread, or none in a DM answered outside threads.</summary>
    private static string? ThreadOf(SlackButtonClick click) => click.ChannelId.StartsWith('D') ? null : click.MessageTs;

    private async Task DeliverClickAnswerAsync(SlackButtonClick click, bool share, Reply answer, CancellationToken cancellationToken)
    {
        if (answer.IsPrivate || click.ChannelId.Length == 0)
        {
            await RespondPrivatelyAsync(click, answer, cancellationToken);
            return;
        }
        if (share)
        {
            try
            {
                foreach (var message in SlackReplyRenderer.Render(answer))
                    await api.RespondAsync(click.ResponseUrl, new SlackResponseMessage(SlackResponseMessage.InChannel, message.Text, message.Blocks) { ReplaceOriginal = false }, cancellationToken);
                await poster.UploadChartAsync(answer, click.ChannelId, null, cancellationToken);
            }
            catch (SlackApiException e)
            {
                logger.LogWarning("Could not share a reply in Slack channel {Channel}: {Method} answered {Error}", click.ChannelId, e.Method, e.Error);
            }
            return;
        }
        // The key makes a retried post land once: one per clicked message, button and member.
        var question = new SlackQuestion(click.ChannelId, click.ThreadTs ?? ThreadOf(click), $"{click.MessageTs}/{click.ActionId}/{click.UserId}", click.UserId, "");
        if (!outbox.TryEnqueue(click.ChannelId, ct => poster.PostAsync(question, answer, ct)))
            logger.LogError("The answer to a button click in Slack channel {Channel} was dropped: the bot is stopping, or the outbox is full", click.ChannelId);
    }

    private async Task RespondPrivatelyAsync(SlackButtonClick click, Reply reply, CancellationToken cancellationToken)
    {
        var message = SlackReplyRenderer.Render(reply)[0];
        try
        {
            await api.RespondAsync(click.ResponseUrl, new SlackResponseMessage(SlackResponseMessage.Ephemeral, message.Text, message.Blocks) { ReplaceOriginal = false }, cancellationToken);
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Could not answer a button click: {Method} answered {Error}", e.Method, e.Error);
        }
    }
}

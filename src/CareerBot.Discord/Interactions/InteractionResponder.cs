using CareerBot.Core.Commands;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using CareerBot.Discord.Api;
using CareerBot.Discord.Inbound;
using CareerBot.Discord.Outbound;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// Answers an interaction inside Discord's 3-second window: work that finishes within
/// <see cref="DiscordOptions.InteractionDeferAfter"/> is answered at once (type 4, or a modal for <c>/kb edit</c>); slower work
/// is deferred (type 5) and its answer edited into the original response. A chart is attached to the answer's own (last)
/// message, so an offer is one message. Autocomplete is answered with choices (type 8). A click goes to the pipeline as a
/// typed action: a 👍/👎 rating and More are answered privately, a follow-up question or Share in channel like a command,
/// in the channel. A submitted modal goes to the pipeline as a typed form (an edit modal saves its text as typed) and is
/// answered privately.
/// </summary>
public sealed class InteractionResponder(
    IMessagePipeline pipeline,
    DiscordMessageMapper mapper,
    DiscordRestClient rest,
    KnowledgeBase knowledge,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionResponder> logger,
    IChartRenderer? charts = null)
{
    public async Task RespondAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        if (interaction.Data is not { } data) return;
        switch (interaction.Type)
        {
            case DiscordInteraction.Autocomplete:
                var choices = AutocompleteChoices.For(data, knowledge.Current);
                await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token,
                    new InteractionResponse(InteractionResponse.AutocompleteResult, new InteractionCallbackData(Choices: choices)), [], cancellationToken);
                break;
            case DiscordInteraction.ApplicationCommand:
                var invocation = InteractionInvocation.Read(data);
                var command = mapper.ToIncoming(interaction, invocation.Label) with { Invocation = invocation };
                await AnswerAsync(interaction, pipeline.HandleAsync(command, cancellationToken).AsTask(), opensModals: true,
                    alwaysPrivate: CommandCatalog.Find(data.Name)?.AlwaysPrivate == true, cancellationToken);
                break;
            case DiscordInteraction.MessageComponent:
                var id = data.CustomId ?? "";
                // Discord buttons carry no value: the custom id is what the click carries.
                var clicked = mapper.ToIncoming(interaction, id) with { Invocation = new ComponentAction(id, id, interaction.Message?.Id ?? interaction.Id) };
                // Ratings, More and stale buttons answer only the clicker; a question or Share in channel is answered in the channel.
                var inChannel = ReplyButtons.TryParse(id, out var action, out _) && action != ReplyButtons.Action.More;
                await AnswerAsync(interaction, pipeline.HandleAsync(clicked, cancellationToken).AsTask(), opensModals: false, alwaysPrivate: !inChannel, cancellationToken);
                break;
            case DiscordInteraction.ModalSubmit:
                var form = InteractionInvocation.ReadForm(data);
                var submitted = mapper.ToIncoming(interaction, form.FormId) with { Invocation = form };
                await AnswerAsync(interaction, pipeline.HandleAsync(submitted, cancellationToken).AsTask(), opensModals: false, alwaysPrivate: true, cancellationToken);
                break;
        }
    }

    private async Task AnswerAsync(DiscordInteraction interaction, Task<Reply> work, bool opensModals, bool alwaysPrivate, CancellationToken cancellationToken)
    {
        var answered = WithChartAsync(work, cancellationToken);
        var deadline = Task.Delay(options.Value.InteractionDeferAfter, time, cancellationToken);
        if (await Task.WhenAny(answered, deadline) == answered)
        {
            var (answer, chart) = await answered;
            var reply = Privatised(answer, alwaysPrivate);
            // A modal must be the first response: only an answer that is not deferred can open one.
            if (opensModals && reply.EditForm is { } form && EditModal.Fits(form))
            {
                await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token,
                    new InteractionResponse(InteractionResponse.Modal, EditModal.Render(form)), [], cancellationToken);
                return;
            }
            var parts = DiscordReplyRenderer.Render(reply);
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token,
                new InteractionResponse(InteractionResponse.ChannelMessage, MessageData(parts, 0, reply, chart)), Files(parts, 0, chart), cancellationToken);
            await SendFollowupsAsync(interaction, parts, 1, reply, chart, cancellationToken);
            return;
        }

        // Ephemerality is fixed when deferring: private work defers privately; a public deferral whose answer turns out
        // private is replaced by a private follow-up.
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token,
            new InteractionResponse(InteractionResponse.DeferredChannelMessage, alwaysPrivate ? new InteractionCallbackData(Flags: InteractionCallbackData.Ephemeral) : null),
            [], cancellationToken);
        var (lateAnswer, lateChart) = await answered;
        var late = Privatised(lateAnswer, alwaysPrivate);
        logger.LogDebug("Interaction {Id} (type {Type}) was deferred and took longer than {Limit}", interaction.Id, interaction.Type, options.Value.InteractionDeferAfter);
        var lateParts = DiscordReplyRenderer.Render(late);
        if (DiscordReplyRenderer.IsEphemeral(late) && !alwaysPrivate)
        {
            await rest.DeleteOriginalResponseAsync(interaction.ApplicationId, interaction.Token, cancellationToken);
            await SendFollowupsAsync(interaction, lateParts, 0, late, lateChart, cancellationToken);
            return;
        }
        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, MessageData(lateParts, 0, late, lateChart), Files(lateParts, 0, lateChart), cancellationToken);
        await SendFollowupsAsync(interaction, lateParts, 1, late, lateChart, cancellationToken);
    }

    private static Reply Privatised(Reply reply, bool alwaysPrivate) => alwaysPrivate && !reply.IsPrivate ? reply with { IsPrivate = true } : reply;

    /// <summary>The reply and its chart: drawn inside the answer window, so a slow drawing is deferred like slow work.</summary>
    private async Task<(Reply Reply, DiscordFile? Chart)> WithChartAsync(Task<Reply> work, CancellationToken cancellationToken)
    {
        var reply = await work;
        return (reply, await ChartAttachment.RenderAsync(charts, reply, logger, cancellationToken));
    }

    private async Task SendFollowupsAsync(DiscordInteraction interaction, IReadOnlyList<string> parts, int from, Reply reply, DiscordFile? chart, CancellationToken cancellationToken)
    {
        for (var i = from; i < parts.Count; i++)
            await rest.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, MessageData(parts, i, reply, chart), Files(parts, i, chart), cancellationToken);
    }

    /// <summary>Part <paramref name="index"/> of the reply; the last part carries the buttons and the chart.</summary>
    private static InteractionCallbackData MessageData(IReadOnlyList<string> parts, int index, Reply reply, DiscordFile? chart)
    {
        var last = index == parts.Count - 1;
        return new(parts[index], AllowedMentions.None, DiscordReplyRenderer.IsEphemeral(reply) ? InteractionCallbackData.Ephemeral : null,
            Attachments: last && chart is not null ? ChartAttachment.References(reply) : null,
            Components: last ? ReplyComponents.For(reply) : null);
    }

    private static IReadOnlyList<DiscordFile> Files(IReadOnlyList<string> parts, int index, DiscordFile? chart) =>
        index == parts.Count - 1 && chart is not null ? [chart] : [];
}

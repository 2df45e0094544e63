using CareerBot.Core.Knowledge;
using CareerBot.Core.Pipeline;
using CareerBot.Discord.Messages;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// Answers an interaction inside Discord's 3-second window: a command that finishes within
/// <see cref="DiscordOptions.InteractionDeferAfter"/> is answered at once (type 4); a slower one is deferred (type 5) and its
/// answer edited into the original response. A chart follows as a follow-up with the PNG attached. Autocomplete is answered
/// with choices (type 8).
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
        if (interaction.Type == DiscordInteraction.Autocomplete)
        {
            var choices = AutocompleteChoices.For(data, knowledge.Current);
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token,
                new InteractionResponse(InteractionResponse.AutocompleteResult, new InteractionCallbackData(Choices: choices)), [], cancellationToken);
            return;
        }
        if (interaction.Type != DiscordInteraction.ApplicationCommand) return;

        var message = mapper.ToIncoming(interaction, InteractionCommandText.Build(data));
        var work = pipeline.HandleAsync(message, cancellationToken).AsTask();
        var deadline = Task.Delay(options.Value.InteractionDeferAfter, time, cancellationToken);
        if (await Task.WhenAny(work, deadline) == work)
        {
            var reply = await work;
            var parts = DiscordReplyRenderer.Render(reply);
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token,
                new InteractionResponse(InteractionResponse.ChannelMessage, MessageData(parts[0], reply)), [], cancellationToken);
            await SendFollowupsAsync(interaction, parts.Skip(1), reply, cancellationToken);
            await SendChartAsync(interaction, reply, cancellationToken);
            return;
        }

        // Ephemerality is fixed when deferring; the answer is public, so a private reply replaces the loading message.
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token,
            new InteractionResponse(InteractionResponse.DeferredChannelMessage), [], cancellationToken);
        var late = await work;
        logger.LogDebug("Interaction /{Command} was deferred and took longer than {Limit}", data.Name, options.Value.InteractionDeferAfter);
        var lateParts = DiscordReplyRenderer.Render(late);
        if (DiscordReplyRenderer.IsEphemeral(late))
        {
            await rest.DeleteOriginalResponseAsync(interaction.ApplicationId, interaction.Token, cancellationToken);
            await SendFollowupsAsync(interaction, lateParts, late, cancellationToken);
            return;
        }
        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, MessageData(lateParts[0], late), [], cancellationToken);
        await SendFollowupsAsync(interaction, lateParts.Skip(1), late, cancellationToken);
        await SendChartAsync(interaction, late, cancellationToken);
    }

    private async Task SendChartAsync(DiscordInteraction interaction, Reply reply, CancellationToken cancellationToken)
    {
        if (await ChartAttachment.RenderAsync(charts, reply, logger, cancellationToken) is not { } chart) return;
        await rest.CreateFollowupAsync(interaction.ApplicationId, interaction.Token,
            new InteractionCallbackData(AllowedMentions: AllowedMentions.None, Attachments: ChartAttachment.References(reply)), [chart], cancellationToken);
    }

    private async Task SendFollowupsAsync(DiscordInteraction interaction, IEnumerable<string> parts, Reply reply, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
            await rest.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, MessageData(part, reply), [], cancellationToken);
    }

    private static InteractionCallbackData MessageData(string content, Reply reply) =>
        new(content, AllowedMentions.None, DiscordReplyRenderer.IsEphemeral(reply) ? InteractionCallbackData.Ephemeral : null);
}

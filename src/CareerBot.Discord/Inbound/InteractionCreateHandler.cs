using System.Text.Json;
using CareerBot.Discord.Connection;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Wire;

namespace CareerBot.Discord.Inbound;

/// <summary>INTERACTION_CREATE → <see cref="InteractionResponder"/>, once per interaction id.</summary>
public sealed class InteractionCreateHandler(InteractionResponder responder, ProcessedEvents processed) : IDiscordEventHandler
{
    public async Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        var interaction = dispatch.Data.Deserialize<DiscordInteraction>(DiscordJson.Options);
        if (interaction is null || !processed.TryClaim("interaction:" + interaction.Id)) return;
        await responder.RespondAsync(interaction, cancellationToken);
    }
}

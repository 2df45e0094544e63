using CareerBot.Discord.Connection;

namespace CareerBot.Discord.Inbound;

/// <summary>
/// Handles one kind of gateway event; registered under that event's name with
/// <see cref="DiscordEventHandlerRegistration.AddDiscordEventHandler{THandler}"/> and resolved from a fresh DI scope for every event.
/// </summary>
public interface IDiscordEventHandler
{
    Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}

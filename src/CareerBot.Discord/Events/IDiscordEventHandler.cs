using CareerBot.Discord.Gateway;

namespace CareerBot.Discord.Events;

/// <summary>Handles one kind of gateway event; resolved from a fresh DI scope for every event.</summary>
public interface IDiscordEventHandler
{
    string EventName { get; }

    Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}

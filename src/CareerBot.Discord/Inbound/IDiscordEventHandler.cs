using CareerBot.Discord.Connection;

namespace CareerBot.Discord.Inbound;

/// <summary>Handles one kind of gateway event; resolved from a fresh DI scope for every event.</summary>
public interface IDiscordEventHandler
{
    string EventName { get; }

    Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}

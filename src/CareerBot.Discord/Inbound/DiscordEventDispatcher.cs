using System.Threading.Channels;
using CareerBot.Adapters.Inbound;
using CareerBot.Discord.Connection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Inbound;

/// <summary>
/// Workers that take dispatches off the bounded channel, so a slow handler never stalls a gateway read loop (or its heartbeats).
/// Each event gets its own DI scope and its own error boundary, and only the handlers registered for its name are built
/// (keyed by event name, <see cref="DiscordEventHandlerRegistration"/>); on stop, work in progress and queued finishes within
/// <see cref="DiscordOptions.ShutdownGraceSeconds"/>.
/// </summary>
public sealed class DiscordEventDispatcher(IServiceScopeFactory scopes, IOptions<DiscordOptions> options, ILogger<DiscordEventDispatcher> logger)
{
    public Task RunAsync(ChannelReader<GatewayDispatch> events, int workers, CancellationToken stopping) =>
        new EventWorkers<GatewayDispatch>(scopes, HandleAsync,
                dispatch => $"{dispatch.EventName} (sequence {dispatch.Sequence}, shard {dispatch.ShardId})", logger)
            .RunAsync(events, workers, TimeSpan.FromSeconds(options.Value.ShutdownGraceSeconds), stopping);

    private static async Task HandleAsync(IServiceProvider services, GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        foreach (var handler in services.GetKeyedServices<IDiscordEventHandler>(dispatch.EventName))
            await handler.HandleAsync(dispatch, cancellationToken);
    }
}

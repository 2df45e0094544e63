using System.Threading.Channels;
using CareerBot.Discord.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Events;

/// <summary>
/// Workers that take dispatches off the bounded channel, so a slow handler never stalls a gateway read loop (or its heartbeats).
/// Each event gets its own DI scope and its own error boundary.
/// </summary>
public sealed class DiscordEventDispatcher(IServiceScopeFactory scopes, ILogger<DiscordEventDispatcher> logger)
{
    public Task RunAsync(ChannelReader<GatewayDispatch> events, int workers, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(_ => WorkAsync(events, cancellationToken)));

    private async Task WorkAsync(ChannelReader<GatewayDispatch> events, CancellationToken cancellationToken)
    {
        await foreach (var dispatch in events.ReadAllAsync(cancellationToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var handler in scope.ServiceProvider.GetServices<IDiscordEventHandler>())
                    if (handler.EventName == dispatch.EventName)
                        await handler.HandleAsync(dispatch, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "Handling {Event} (sequence {Sequence}, shard {Shard}) failed", dispatch.EventName, dispatch.Sequence, dispatch.ShardId);
            }
        }
    }
}

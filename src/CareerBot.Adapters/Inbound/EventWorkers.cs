using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Adapters.Inbound;

/// <summary>
/// The workers behind an adapter's bounded event channel. Each event runs in its own DI scope and error boundary, so a slow
/// or failing handler never stalls the socket read loop or another event. On stop they wait for nothing new: they finish
/// the events in progress and those already queued within the grace period, then cancel the rest and log how many were
/// abandoned, so a shutdown ends cleanly inside the host's shutdown timeout.
/// </summary>
public sealed class EventWorkers<T>(
    IServiceScopeFactory scopes,
    Func<IServiceProvider, T, CancellationToken, Task> handle,
    Func<T, string> describe,
    ILogger logger)
{
    private int _abandoned;

    /// <summary>Runs <paramref name="workers"/> loops until <paramref name="stopping"/> fires and the queue is drained or the grace period is over.</summary>
    public async Task RunAsync(ChannelReader<T> events, int workers, TimeSpan grace, CancellationToken stopping)
    {
        using var abandon = new CancellationTokenSource();
        await using var graceStarts = stopping.Register(() => abandon.CancelAfter(grace));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => WorkAsync(events, stopping, abandon.Token)));
        while (events.TryRead(out _)) Interlocked.Increment(ref _abandoned);
        if (_abandoned > 0)
            logger.LogWarning("Stopped with {Abandoned} events unanswered: the {Grace:0.#} s shutdown grace period ran out", _abandoned, grace.TotalSeconds);
    }

    private async Task WorkAsync(ChannelReader<T> events, CancellationToken stopping, CancellationToken abandon)
    {
        while (!abandon.IsCancellationRequested)
        {
            if (!events.TryRead(out var item))
            {
                if (stopping.IsCancellationRequested) return; // stopping and drained
                try
                {
                    // ReadAsync, not WaitToReadAsync: a write hands its item to one waiting reader, where it would wake every
                    // idle worker to race for it (a thread-pool wake-up per worker per event; docs/PERFORMANCE.md).
                    item = await events.ReadAsync(stopping);
                }
                catch (ChannelClosedException)
                {
                    return;
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    continue;
                }
            }
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await handle(scope.ServiceProvider, item, abandon);
            }
            catch (OperationCanceledException) when (abandon.IsCancellationRequested)
            {
                Interlocked.Increment(ref _abandoned);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Handling {Item} failed", describe(item));
            }
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Inbound;

/// <summary>The workers: each takes an item from the queue and answers it in a fresh DI scope; one failure never stops a worker.</summary>
public sealed class SlackDispatchService(
    SlackWorkQueue queue,
    IServiceScopeFactory scopes,
    IOptions<SlackOptions> options,
    ILogger<SlackDispatchService> logger) : BackgroundService
{
    /// <summary>
    /// Pool threads kept ready beyond the workers, for the socket read loop, the outbox lanes and HTTP requests; 12 (16
    /// in all with 4 workers) is what kept the load run's p99 ack under 50 ms on 2 shared cores.
    /// </summary>
    public const int SpareThreads = 12;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ReserveThreads(options.Value.Workers + SpareThreads);
        var workers = Enumerable.Range(0, options.Value.Workers).Select(i => RunWorkerAsync(i, stoppingToken)).ToArray();
        await Task.WhenAll(workers);
    }

    /// <summary>
    /// The pipeline is CPU work, so busy workers can hold every pool thread the runtime starts with (one per core). The
    /// socket read loop's next read then waits in the pool's queue until a thread frees up or the pool adds one (slowly),
    /// which showed as a 60–120 ms p99 ack in the load run; with threads to spare it stayed under 50 ms (docs/PERFORMANCE.md).
    /// </summary>
    private void ReserveThreads(int wanted)
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        if (workers >= wanted) return;
        ThreadPool.SetMinThreads(wanted, io);
        logger.LogDebug("Thread pool minimum raised from {Before} to {After} threads for the Slack workers", workers, wanted);
    }

    private async Task RunWorkerAsync(int worker, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<SlackWorkHandler>().HandleAsync(item, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(e, "Answering a Slack {Item} failed", item.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "Slack worker {Worker} died", worker);
            throw;
        }
    }
}

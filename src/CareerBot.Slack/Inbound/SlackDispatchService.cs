using CareerBot.Adapters.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Inbound;

/// <summary>
/// The workers: each takes an item from the queue and answers it in a fresh DI scope; one failure never stops a worker.
/// On stop, answers in progress and queued finish within <see cref="SlackOptions.ShutdownGraceSeconds"/>.
/// </summary>
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

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ReserveThreads(options.Value.Workers + SpareThreads);
        return new EventWorkers<SlackWorkItem>(scopes,
                (services, item, cancellationToken) => services.GetRequiredService<SlackWorkHandler>().HandleAsync(item, cancellationToken),
                item => $"a Slack {item.GetType().Name}", logger)
            .RunAsync(queue.Reader, options.Value.Workers, TimeSpan.FromSeconds(options.Value.ShutdownGraceSeconds), stoppingToken);
    }

    /// <summary>
    /// The pipeline is CPU work, so busy workers can hold every pool thread the runtime starts with (one per core). The
    /// socket read loop's next read then waits in the pool's queue until a thread frees up or the pool adds one (slowly),
    /// which showed as a 60–120 ms p99 ack in the load run; with threads to spare it stayed under 50 ms in most runs
    /// (docs/PERFORMANCE.md).
    /// </summary>
    private void ReserveThreads(int wanted)
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        if (workers >= wanted) return;
        ThreadPool.SetMinThreads(wanted, io);
        logger.LogDebug("Thread pool minimum raised from {Before} to {After} threads for the Slack workers", workers, wanted);
    }
}

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
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Enumerable.Range(0, options.Value.Workers).Select(i => RunWorkerAsync(i, stoppingToken)).ToArray();
        await Task.WhenAll(workers);
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

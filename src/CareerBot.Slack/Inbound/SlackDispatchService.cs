using CareerBot.Core.Pipeline;
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
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new EventWorkers<SlackWorkItem>(scopes,
                (services, item, cancellationToken) => services.GetRequiredService<SlackWorkHandler>().HandleAsync(item, cancellationToken),
                item => $"a Slack {item.GetType().Name}", logger)
            .RunAsync(queue.Reader, options.Value.Workers, TimeSpan.FromSeconds(options.Value.ShutdownGraceSeconds), stoppingToken);
}

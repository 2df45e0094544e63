using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Moderation;

/// <summary>Owns the loop that writes queued unanswered questions to the log in batches; drains the queue when the host stops.</summary>
public sealed class UnansweredQuestionWriter(UnansweredQuestionQueue queue, IQuestionLog log, ILogger<UnansweredQuestionWriter> logger) : IHostedService
{
    private const int BatchSize = 100;
    private readonly CancellationTokenSource _abandon = new();
    private Task _loop = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = RunAsync(_abandon.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        // Drain what is queued; give up only when the host's shutdown timeout expires.
        await using var registration = cancellationToken.Register(_abandon.Cancel);
        await _loop;
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<UnansweredQuestion>(BatchSize);
            while (await queue.Reader.WaitToReadAsync(cancellationToken))
            {
                while (batch.Count < BatchSize && queue.Reader.TryRead(out var q)) batch.Add(q);
                try
                {
                    await log.RecordUnansweredAsync(batch, cancellationToken);
                }
                catch (StorageUnavailableException e)
                {
                    logger.LogWarning(e, "Could not record {Count} unanswered questions; they are dropped", batch.Count);
                }
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Shutdown timed out; unanswered questions still queued were dropped");
        }
        catch (Exception e)
        {
            logger.LogError(e, "The unanswered-question writer stopped; unanswered questions are no longer recorded");
        }
    }
}

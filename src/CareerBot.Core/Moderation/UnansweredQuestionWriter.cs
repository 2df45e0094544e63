using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Moderation;

/// <summary>Owns the loop that writes queued unanswered questions to the log in batches; drains the queue when the host stops.</summary>
public sealed class UnansweredQuestionWriter(UnansweredQuestionQueue queue, IQuestionLog log, TimeProvider time, ILogger<UnansweredQuestionWriter> logger)
    : IHostedService
{
    private const int BatchSize = 100;

    /// <summary>
    /// How long the first question of a batch waits for others. A busy server's stream of unsure questions then costs one
    /// database transaction (one fsync) a second instead of one per question; moderators read the log minutes later.
    /// </summary>
    public static readonly TimeSpan Linger = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stopping = new();
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
        await _stopping.CancelAsync();
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
                await LingerAsync();
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

    /// <summary>Waits <see cref="Linger"/> for more questions, unless a whole batch is already queued or the host is stopping.</summary>
    private async Task LingerAsync()
    {
        if (queue.Reader.Count >= BatchSize) return;
        try
        {
            await Task.Delay(Linger, time, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
    }
}

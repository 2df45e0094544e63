using CareerBot.Core.Moderation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage;

/// <summary>Enforces Storage:RetentionDays on the unanswered and feedback logs: once at start, then every hour, in a loop it owns.</summary>
public sealed class QuestionLogRetention(IQuestionLog log, IOptions<StorageOptions> options, TimeProvider time, ILogger<QuestionLogRetention> logger)
    : IHostedService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await DeleteExpiredAsync(cancellationToken);
        _loop = RunAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>Deletes rows older than the retention period; returns how many (0 when the database is unavailable).</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.RetentionDays;
        try
        {
            var deleted = await log.DeleteOlderThanAsync(time.GetUtcNow().AddDays(-days), cancellationToken);
            if (deleted > 0) logger.LogInformation("Deleted {Count} question-log rows older than {Days} days", deleted, days);
            return deleted;
        }
        catch (StorageUnavailableException e)
        {
            logger.LogWarning(e, "Could not delete question-log rows older than {Days} days; retrying in {Interval}", days, Interval);
            return 0;
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(Interval, time);
            while (await timer.WaitForNextTickAsync(cancellationToken)) await DeleteExpiredAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "Question-log retention stopped; old rows are no longer deleted until restart");
        }
    }
}

using CareerBot.Core.Hosting;
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
    private readonly PeriodicLoop _loop = new("Question-log retention", Interval, time, logger);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await DeleteExpiredAsync(cancellationToken);
        _loop.Start((_, stopping) => DeleteExpiredAsync(stopping));
    }

    public Task StopAsync(CancellationToken cancellationToken) => _loop.StopAsync(cancellationToken);

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
}

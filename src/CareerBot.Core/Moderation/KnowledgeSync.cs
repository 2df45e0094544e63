using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Moderation;

/// <summary>
/// Keeps the served knowledge equal to baseline + stored revisions: loads them at start (before adapters start), then
/// owns a watch loop that reloads whenever any instance saves a revision. If the database is down, answers keep coming
/// from memory and the loop retries.
/// </summary>
public sealed class KnowledgeSync(IRevisionStore store, KnowledgeOverlay overlay, ILogger<KnowledgeSync> logger) : IHostedService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Channel<bool> _reloads = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private Task _loop = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.InitializeAsync(cancellationToken);
            await ReloadAsync(cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            logger.LogError(e, "The revision store is unavailable at start; serving the knowledge files without moderator changes until it is back");
            _reloads.Writer.TryWrite(true);
        }
        _loop = Task.WhenAll(WatchAsync(_stopping.Token), ReloadLoopAsync(_stopping.Token));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>Loads every entry's newest revision and serves it; true when the served knowledge changed.</summary>
    public async Task<bool> ReloadAsync(CancellationToken cancellationToken)
    {
        var generation = overlay.Generation;
        var changed = overlay.ApplyAll(await store.LatestAsync(cancellationToken), generation);
        if (changed) logger.LogInformation("Knowledge reloaded with moderator revisions");
        return changed;
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                try
                {
                    await store.WatchAsync(() => _reloads.Writer.TryWrite(true), cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Watching for knowledge changes failed; reconnecting in {Delay}", RetryDelay);
                    await Task.Delay(RetryDelay, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task ReloadLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in _reloads.Reader.ReadAllAsync(cancellationToken))
            {
                try
                {
                    await ReloadAsync(cancellationToken);
                }
                catch (StorageUnavailableException e)
                {
                    logger.LogWarning(e, "Reloading knowledge revisions failed; retrying in {Delay}", RetryDelay);
                    await Task.Delay(RetryDelay, cancellationToken);
                    _reloads.Writer.TryWrite(true);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "Knowledge reloading stopped; changes saved by other instances are not served until restart");
        }
    }
}

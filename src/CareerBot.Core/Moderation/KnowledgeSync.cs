using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Moderation;

/// <summary>
/// Keeps the served knowledge equal to baseline + stored revisions: loads them at start (before adapters start), then
/// owns a watch loop that reloads whenever any instance saves a revision. If the database is down, answers keep coming
/// from memory and the loop retries. A stored revision that cannot be served is skipped (logged naming entry and version)
/// and the rest are loaded.
/// </summary>
public sealed class KnowledgeSync(IRevisionStore store, KnowledgeOverlay overlay, RevisionLoadStatus status, ILogger<KnowledgeSync> logger) : IHostedService
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
            status.Unavailable(e.Message);
            // Once, loudly: every correction the moderators made is missing from the answers until the database is back.
            logger.LogCritical(e, "ANSWERS ARE SERVED WITHOUT THE MODERATORS' REVISIONS: {Problem}. Only the knowledge files are served until the database is back; /healthz reports the storage check Degraded", e.Message);
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
        var latest = await store.LatestAsync(cancellationToken);
        var damaged = latest.Damaged.ToList();
        var served = new List<KnowledgeRevision>(latest.Revisions.Count);
        foreach (var revision in latest.Revisions)
        {
            if (StoredRevisionCheck.Problem(revision) is { } problem) damaged.Add(new DamagedRevision(revision.EntryId, revision.Version, problem));
            else served.Add(revision);
        }
        var wasUnavailable = status.Current.Problem is not null && !status.Current.Loaded;
        foreach (var skipped in status.LoadedWith(damaged))
            logger.LogError("Skipped damaged revision {EntryId} version {Version}: {Problem}. The entry is served from its knowledge file, if it has one, until the row is fixed (/kb set, /kb revert) or deleted", skipped.EntryId, skipped.Version, skipped.Problem);
        if (wasUnavailable) logger.LogWarning("The revision store is back: the moderators' revisions are served again");
        var changed = overlay.ApplyAll(served, generation);
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
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Whatever went wrong, the loop goes on: a reload that stops for good would silently freeze the answers.
                    logger.LogWarning(e, "Reloading knowledge revisions failed; retrying in {Delay}", RetryDelay);
                    await Task.Delay(RetryDelay, cancellationToken);
                    _reloads.Writer.TryWrite(true);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}

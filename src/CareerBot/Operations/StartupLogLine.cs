using CareerBot.Core.Configuration;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Moderation;
using CareerBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Operations;

/// <summary>The adapters the command line started (or "console" when none is configured).</summary>
public sealed record RunningAdapters(IReadOnlyList<string> Names);

/// <summary>One line once everything has started: the version, the adapters, how many answers are served, the store, and whether the moderators' revisions are in.</summary>
public sealed class StartupLogLine(
    RunningAdapters adapters,
    KnowledgeBase knowledge,
    StorageDialect store,
    RevisionLoadStatus revisions,
    IHostApplicationLifetime lifetime,
    ILogger<StartupLogLine> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var loaded = revisions.Current;
            logger.LogInformation("CareerBot {Version} started: adapters {Adapters}; {Entries} knowledge entries; store {Store}; {Revisions}",
                CareerBotVersion.Current, string.Join(", ", adapters.Names), knowledge.Current.Entries.Count, store.Describe,
                loaded.Loaded ? $"moderators' revisions served ({loaded.Damaged.Count} damaged skipped)" : $"moderators' revisions NOT served ({loaded.Problem})");
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

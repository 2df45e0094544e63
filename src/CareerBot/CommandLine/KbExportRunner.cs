using CareerBot.Composition;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Moderation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.CommandLine;

/// <summary>
/// <c>kb export</c>: writes every served entry (baseline files with the moderators' newest revisions) as knowledge/*.md,
/// in the format the loader reads, so the changes can be reviewed and committed in git.
/// </summary>
public static class KbExportRunner
{
    public static async Task<int> RunAsync(string? directory, CancellationToken cancellationToken)
    {
        using var host = CareerBotHostBuilder.Create(LogLevel.Warning).Build();
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            // Without the database the export would silently drop every moderator change: fail instead.
            await host.Services.GetRequiredService<KnowledgeSync>().ReloadAsync(cancellationToken);
        }
        catch (Exception e) when ((HostRun.StartupProblem(e) ?? (e as StorageUnavailableException)?.Message) is { } message)
        {
            await Console.Error.WriteLineAsync("CareerBot cannot export: " + message);
            return 1;
        }
        var target = directory ?? RepositoryPath.Resolve(host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Directory);
        var entries = host.Services.GetRequiredService<KnowledgeBase>().Current.Ordered;
        IReadOnlyList<ExportedFile> changed;
        try
        {
            changed = KnowledgeExport.Write(entries, target);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync("CareerBot cannot export: " + e.Message);
            return 1;
        }
        Console.WriteLine($"Wrote {entries.Count} knowledge files to {target} ({changed.Count} changed).");
        // After an upgrade the release's new file and the moderators' live edit differ: show both, so nobody's text goes unseen.
        foreach (var file in changed.Where(f => f.Before is not null))
            Console.WriteLine($"\n{file.Id}.md: the file's text (-) was replaced by the served answer (+):\n{RevisionDiff.Render(file.Id, file.Before!, file.After)}");
        var damaged = host.Services.GetRequiredService<RevisionLoadStatus>().Current.Damaged;
        foreach (var skipped in damaged)
            await Console.Error.WriteLineAsync($"Not exported: damaged revision {skipped}. Fix it with /kb set or /kb revert, or delete the row, then export again.");
        return damaged.Count == 0 ? 0 : 1;
    }
}

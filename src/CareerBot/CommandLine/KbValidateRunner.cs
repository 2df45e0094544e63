using CareerBot.Composition;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Moderation;
using CareerBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.CommandLine;

/// <summary>
/// <c>kb validate</c>: the same checks the host runs at start, as a command for moderators and CI: every knowledge file,
/// then every newest revision in the revision store (when there is one), listing each problem and exiting 1.
/// </summary>
public static class KbValidateRunner
{
    public static async Task<int> RunAsync(string? directory, CancellationToken cancellationToken)
    {
        var configured = CareerBotHostBuilder.Create(LogLevel.Warning).Configuration;
        var path = RepositoryPath.Resolve(directory ?? configured.GetSection(KnowledgeOptions.Section)["Directory"] ?? "knowledge");
        try
        {
            var entries = KnowledgeLoader.LoadDirectory(path);
            Console.WriteLine($"{entries.Count} knowledge files in {path} are valid.");
        }
        catch (KnowledgeValidationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        return await ValidateRevisionsAsync(path, cancellationToken);
    }

    private static async Task<int> ValidateRevisionsAsync(string knowledgeDirectory, CancellationToken cancellationToken)
    {
        using var host = CareerBotHostBuilder.Create(LogLevel.Critical, new Dictionary<string, string?> { [$"{KnowledgeOptions.Section}:Directory"] = knowledgeDirectory }).Build();
        var storage = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        // Validating must not create a database: a checkout without one has no revisions to check.
        if (!storage.UsesPostgreSql && !File.Exists(storage.SqlitePath))
        {
            Console.WriteLine($"No revision store at {storage.SqlitePath}: no moderators' revisions to check.");
            return 0;
        }
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            await host.Services.GetRequiredService<KnowledgeSync>().ReloadAsync(cancellationToken);
        }
        catch (Exception e) when ((HostRun.StartupProblem(e) ?? (e as StorageUnavailableException)?.Message) is { } message)
        {
            await Console.Error.WriteLineAsync("The moderators' revisions were not checked: " + message);
            return 1;
        }
        var status = host.Services.GetRequiredService<RevisionLoadStatus>().Current;
        var store = host.Services.GetRequiredService<StorageDialect>().Describe;
        if (status.Damaged.Count == 0)
        {
            Console.WriteLine($"The moderators' revisions in {store} are valid.");
            return 0;
        }
        foreach (var damaged in status.Damaged)
            await Console.Error.WriteLineAsync($"{store}: damaged revision {damaged} (skipped when serving; fix it with /kb set or /kb revert, or delete the row)");
        return 1;
    }
}

using CareerBot.Composition;
using CareerBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.CommandLine;

/// <summary>
/// <c>kb backup &lt;file&gt;</c> and <c>kb restore &lt;file&gt;</c> on the configured SQLite store. PostgreSQL stores are backed up with
/// pg_dump, which this refuses to imitate: the commands say which one to run.
/// </summary>
public static class KbBackupRunner
{
    public static int Backup(string file) => Run("back up", options => options.UsesPostgreSql
        ? throw new BackupRefusedException(
            $"Storage:Provider is PostgreSql; kb backup copies SQLite stores only. Back up PostgreSQL with pg_dump, e.g. pg_dump --format=custom --file={file} {PostgreSqlDialect.ClientArguments(options.ConnectionString!)} (docs/operations.md, Backups).")
        : $"Backed up SQLite {options.SqlitePath} to {Path.GetFullPath(file)}: {SqliteBackup.Backup(options.SqlitePath, file)}.");

    public static int Restore(string file) => Run("restore", options =>
    {
        if (options.UsesPostgreSql)
            throw new BackupRefusedException(
                $"Storage:Provider is PostgreSql; kb restore replaces SQLite stores only. Stop every bot, then restore a pg_dump file with pg_restore --clean --if-exists {PostgreSqlDialect.ClientArguments(options.ConnectionString!)} {file} (docs/operations.md, Restoring).");
        var (restored, previous) = SqliteBackup.Restore(file, options.SqlitePath, DateTimeOffset.UtcNow);
        var kept = previous is null ? "" : $" The store it replaced is kept as {previous}.";
        return $"Restored {Path.GetFullPath(file)} into SQLite {options.SqlitePath}: {restored}.{kept} Start the bot again.";
    });

    private static int Run(string verb, Func<StorageOptions, string> action)
    {
        using var host = CareerBotHostBuilder.Create(LogLevel.Warning).Build();
        try
        {
            Console.WriteLine(action(host.Services.GetRequiredService<IOptions<StorageOptions>>().Value));
            return 0;
        }
        catch (Exception e) when ((HostRun.StartupProblem(e) ?? (e as BackupRefusedException)?.Message) is { } message)
        {
            Console.Error.WriteLine($"CareerBot cannot {verb}: {message}");
            return 1;
        }
    }
}

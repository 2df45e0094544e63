using Microsoft.Data.Sqlite;

namespace CareerBot.Storage;

/// <summary>
/// Copies a SQLite store to a file and back with SQLite's online backup API: the copy is one consistent snapshot even while
/// the bot writes (copying careerbot.db with cp could miss what still sits in careerbot.db-wal, or tear a page).
/// </summary>
public static class SqliteBackup
{
    private const int NotADatabase = 26; // SQLITE_NOTADB

    /// <summary>Writes a snapshot of <paramref name="storePath"/> to <paramref name="targetPath"/> (replaced only once complete).</summary>
    public static StoreSummary Backup(string storePath, string targetPath)
    {
        var store = Path.GetFullPath(storePath);
        var target = Path.GetFullPath(targetPath);
        if (!File.Exists(store))
            throw new BackupRefusedException($"There is no SQLite store at {store} yet (Storage:DataDirectory), so there is nothing to back up.");
        if (target == store)
            throw new BackupRefusedException($"The backup file must not be the store itself ({store}); name another file, e.g. careerbot-backup.db");
        if (Directory.Exists(target))
            throw new BackupRefusedException($"{target} is a folder; name the backup file, e.g. {Path.Combine(target, "careerbot-backup.db")}");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var holding = HoldStore(store);
        var partial = target + ".partial";
        File.Delete(partial);
        StoreSummary summary;
        using (var source = Open(store, SqliteOpenMode.ReadWrite))
        using (var copy = Open(partial, SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(copy);
            // One self-contained file (no -wal beside it), readable from read-only media.
            Execute(copy, "PRAGMA journal_mode=DELETE");
            summary = Check(copy, partial);
        }
        File.Move(partial, target, overwrite: true);
        return summary;
    }

    /// <summary>
    /// Replaces the store with <paramref name="backupPath"/>'s content after checking it; refuses while any CareerBot process
    /// uses the store. The store it replaces is kept as <c>careerbot.db.before-restore-{time}</c>, whose path is returned.
    /// </summary>
    public static (StoreSummary Restored, string? PreviousCopy) Restore(string backupPath, string storePath, DateTimeOffset now)
    {
        var backup = Path.GetFullPath(backupPath);
        var store = Path.GetFullPath(storePath);
        if (!File.Exists(backup))
            throw new BackupRefusedException($"There is no file {backup}; name a file written by kb backup, e.g. /var/backups/careerbot/careerbot-2026-12-04.db");
        if (backup == store)
            throw new BackupRefusedException($"{backup} is the store itself; name a backup file written by kb backup");
        using var source = Open(backup, SqliteOpenMode.ReadOnly);
        var summary = Check(source, backup);
        if (summary.SchemaVersion > SchemaMigrations.Steps.Count)
            throw new BackupRefusedException(
                $"{backup} was made by a newer CareerBot (schema version {summary.SchemaVersion}; this one knows up to {SchemaMigrations.Steps.Count}). Restore it with that release or a newer one.");
        using var exclusive = SqliteStoreLock.TryExclusive(store) ?? throw new BackupRefusedException(
            $"A CareerBot process is using {store} (it holds {SqliteStoreLock.PathFor(store)}). Stop the bot (e.g. sudo systemctl stop careerbot) and any chat or ask run on this store, then run kb restore again.");
        string? previous = null;
        if (File.Exists(store))
        {
            previous = $"{store}.before-restore-{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}";
            using var current = Open(store, SqliteOpenMode.ReadWrite);
            using var keep = Open(previous, SqliteOpenMode.ReadWriteCreate);
            current.BackupDatabase(keep);
            Execute(keep, "PRAGMA journal_mode=DELETE");
        }
        using var destination = Open(store, SqliteOpenMode.ReadWriteCreate);
        source.BackupDatabase(destination);
        return (Check(destination, store), previous);
    }

    /// <summary>Integrity, schema version and revision counts; refuses a file that is not an intact CareerBot store.</summary>
    private static StoreSummary Check(SqliteConnection connection, string path)
    {
        try
        {
            var integrity = Scalar(connection, "PRAGMA integrity_check")?.ToString();
            if (integrity != "ok") throw new BackupRefusedException($"{path} is damaged (SQLite integrity check: {integrity})");
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT (SELECT COALESCE(MAX(version), 0) FROM schema_version),
                       (SELECT COUNT(*) FROM kb_revisions),
                       (SELECT COUNT(DISTINCT entry_id) FROM kb_revisions)
                """;
            using var reader = command.ExecuteReader();
            reader.Read();
            return new StoreSummary(reader.GetInt32(0), reader.GetInt64(1), reader.GetInt64(2));
        }
        catch (SqliteException e) when (e.SqliteErrorCode == NotADatabase)
        {
            throw new BackupRefusedException($"{path} is not a SQLite database; name a file written by kb backup");
        }
        catch (SqliteException e) when (e.Message.Contains("no such table", StringComparison.Ordinal))
        {
            throw new BackupRefusedException($"{path} is a SQLite database but not a CareerBot store ({e.Message.TrimEnd('.')})");
        }
    }

    private static SqliteStoreLock HoldStore(string store)
    {
        try
        {
            return SqliteStoreLock.Shared(store);
        }
        catch (IOException e)
        {
            throw new BackupRefusedException(e.Message);
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        // No pooling: the file is closed when the connection is disposed, before it is renamed or reported.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql) => Scalar(connection, sql);
}

using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CareerBot.Storage;

/// <summary>The embedded default: one file, WAL journal (readers never wait for the writer), writers wait up to the busy timeout.</summary>
public sealed class SqliteDialect : StorageDialect
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private readonly string _path;
    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly Lock _storeLockGate = new();
    private SqliteStoreLock? _storeLock;

    public SqliteDialect(string path, int busyTimeoutSeconds)
    {
        _path = path;
        _busyTimeoutMs = busyTimeoutSeconds * 1000;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = busyTimeoutSeconds,
            Pooling = true,
        }.ToString();
    }

    public override string IdentityColumn => "INTEGER PRIMARY KEY";

    public override string Describe => "SQLite " + _path;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        // Held until this process stops, so `kb restore` can tell that a bot is running on the file.
        lock (_storeLockGate) _storeLock ??= SqliteStoreLock.Shared(_path);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            // WAL persists in the file; busy_timeout is per connection.
            pragma.CommandText = $"PRAGMA busy_timeout={_busyTimeoutMs}; PRAGMA journal_mode=WAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // deferred: false = BEGIN IMMEDIATE: takes the write lock now, so the version check and the insert are atomic.
        await Task.FromResult(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19 }; // SQLITE_CONSTRAINT: the (entry_id, version) key

    public override Task AnnounceRevisionAsync(DbConnection connection, DbTransaction transaction, string entryId, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Other processes on the same file (e.g. `ask --moderator` next to a running bot) are seen by polling. One connection stays
    /// open for it and asks SQLite each second for <c>PRAGMA data_version</c>, which changes only when another connection
    /// committed; only then is the newest revision's row id read, so an idle bot does almost nothing each second
    /// (docs/PERFORMANCE.md).
    /// </summary>
    public override async Task WatchAsync(Action changed, CancellationToken cancellationToken)
    {
        long? seenVersion = null, seenRevision = null;
        await using var connection = await OpenAsync(cancellationToken);
        await using var version = connection.CreateCommand();
        version.CommandText = "PRAGMA data_version";
        await using var newest = connection.CreateCommand();
        newest.CommandText = "SELECT COALESCE(MAX(rowid), 0) FROM kb_revisions";
        using var timer = new PeriodicTimer(PollInterval);
        do
        {
            var dataVersion = (long)(await version.ExecuteScalarAsync(cancellationToken))!;
            if (dataVersion == seenVersion) continue;
            seenVersion = dataVersion;
            var revision = (long)(await newest.ExecuteScalarAsync(cancellationToken))!;
            if (revision != seenRevision) changed();
            seenRevision = revision;
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    public override async ValueTask DisposeAsync()
    {
        lock (_storeLockGate) _storeLock?.Dispose();
        await base.DisposeAsync();
    }
}

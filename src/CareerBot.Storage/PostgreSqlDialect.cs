using System.Data.Common;
using Npgsql;

namespace CareerBot.Storage;

/// <summary>PostgreSQL for several instances: a revision's transaction NOTIFYs on commit and every instance LISTENs.</summary>
public sealed class PostgreSqlDialect : StorageDialect
{
    public const string Channel = "careerbot_kb";
    /// <summary>Names the listening connection in pg_stat_activity.</summary>
    public const string ListenerApplicationName = "careerbot-listener";
    private const long SchemaLockKey = 0x4361_7265_6572; // any fixed number shared by all instances
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _listenerSource;
    private readonly string _describe;

    public PostgreSqlDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _describe = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        // The listener holds one idle connection for hours: keepalives detect a dead server or network.
        builder.KeepAlive = 10;
        builder.Pooling = false;
        builder.ApplicationName = ListenerApplicationName;
        _listenerSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    /// <summary>
    /// Why Npgsql refuses the connection string (its message names the bad keyword, never the password), or null. Kept here,
    /// not in the validator, so a bot on SQLite never loads Npgsql.
    /// </summary>
    public static string? ConnectionStringProblem(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    /// <summary>The pg_dump/pg_restore connection arguments for this store (no password: those tools read ~/.pgpass or PGPASSWORD).</summary>
    public static string ClientArguments(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"--host={builder.Host} --port={builder.Port} --username={builder.Username} --dbname={builder.Database}";
    }

    public override string IdentityColumn => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    public override string Describe => _describe;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    public override async Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({SchemaLockKey})";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task LockKeyAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))";
        command.Parameters.Add(new NpgsqlParameter("key", key));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override async Task AnnounceRevisionAsync(DbConnection connection, DbTransaction transaction, string entryId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_notify('{Channel}', @entry)";
        command.Parameters.Add(new NpgsqlParameter("entry", entryId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task WatchAsync(Action changed, CancellationToken cancellationToken)
    {
        await using var connection = await _listenerSource.OpenConnectionAsync(cancellationToken);
        connection.Notification += (_, _) => changed();
        await using (var listen = connection.CreateCommand())
        {
            listen.CommandText = "LISTEN " + Channel;
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }
        changed();
        while (true) await connection.WaitAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _listenerSource.DisposeAsync();
        await base.DisposeAsync();
    }
}

using System.Data.Common;
using CareerBot.Core.Moderation;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage;

/// <summary>
/// Opens connections with the schema migrated (once per process, at first use) and turns database failures into
/// <see cref="StorageUnavailableException"/> so callers can refuse the change and keep serving from memory.
/// </summary>
public sealed class Database(StorageDialect dialect, ILogger<Database> logger)
{
    private readonly SemaphoreSlim _migrating = new(1, 1);
    private volatile bool _migrated;

    public StorageDialect Dialect => dialect;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (_migrated) return;
        await _migrating.WaitAsync(cancellationToken);
        try
        {
            if (_migrated) return;
            await GuardAsync(async () =>
            {
                await using var connection = await dialect.OpenAsync(cancellationToken);
                await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
                await dialect.LockSchemaAsync(connection, transaction, cancellationToken);
                await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", cancellationToken);
                var current = Convert.ToInt32(await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken));
                if (current > SchemaMigrations.Steps.Count)
                    throw new SchemaTooNewException(dialect.Describe, current, SchemaMigrations.Steps.Count);
                for (var version = current + 1; version <= SchemaMigrations.Steps.Count; version++)
                {
                    await ExecuteAsync(connection, transaction, SchemaMigrations.Steps[version - 1].Replace("{identity}", dialect.IdentityColumn), cancellationToken);
                    await ExecuteAsync(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({version})", cancellationToken);
                    logger.LogInformation("Migrated {Database} to schema version {Version}", dialect.Describe, version);
                }
                await transaction.CommitAsync(cancellationToken);
                return 0;
            });
            _migrated = true;
        }
        finally
        {
            _migrating.Release();
        }
    }

    /// <summary>Runs reads on an open connection.</summary>
    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        return await GuardAsync(async () =>
        {
            await using var connection = await dialect.OpenAsync(cancellationToken);
            return await read(connection);
        });
    }

    /// <summary>Runs a write transaction; <paramref name="write"/> commits it (or returns without committing to roll back).</summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        return await GuardAsync(async () =>
        {
            await using var connection = await dialect.OpenAsync(cancellationToken);
            await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
            return await write(connection, transaction);
        });
    }

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        return command;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is DbException or TimeoutException or IOException or UnauthorizedAccessException && !(e is DbException db && dialect.IsUniqueViolation(db)))
        {
            logger.LogWarning(e, "The database {Database} is unavailable", dialect.Describe);
            throw new StorageUnavailableException($"The database {dialect.Describe} is unavailable: {e.Message}", e);
        }
    }
}

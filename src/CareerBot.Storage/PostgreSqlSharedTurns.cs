using System.Data.Common;
using CareerBot.Core.Fleet;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage;

/// <summary>
/// Turns as PostgreSQL session advisory locks, one connection per held turn: waiters queue in the server, and a process that
/// dies gives its turns back with its connections. No table, so no migration and nothing stale to expire.
/// </summary>
public sealed class PostgreSqlSharedTurns(StorageDialect dialect, ILogger<PostgreSqlSharedTurns> logger) : ISharedTurns
{
    // The two-int form of advisory keys: this class id plus the caller's key. PostgreSQL keeps it apart from the one-bigint
    // key space of the schema lock.
    private const int TurnSpace = 0x4342_5455;

    public async Task<IAsyncDisposable> TakeAsync(int key, CancellationToken cancellationToken)
    {
        DbConnection? connection = null;
        try
        {
            connection = await dialect.OpenAsync(cancellationToken);
            if (!await LockAsync(connection, "pg_try_advisory_lock", key, cancellationToken))
            {
                logger.LogInformation("Turn {Key} is held by another process; waiting for it in PostgreSQL", key);
                await LockAsync(connection, "pg_advisory_lock", key, cancellationToken);
            }
            return new HeldTurn(connection, key, logger);
        }
        catch (DbException e) when (!cancellationToken.IsCancellationRequested)
        {
            if (connection is not null) await connection.DisposeAsync();
            // The bot keeps running while its store is down; going ahead risks one refusal, which is retried, and waiting would stop the bot.
            logger.LogWarning("Could not take turn {Key} in PostgreSQL ({Problem}); going ahead without it", key, e.Message);
            return NoTurn.Instance;
        }
        catch
        {
            if (connection is not null) await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> LockAsync(DbConnection connection, string function, int key, CancellationToken cancellationToken)
    {
        await using var command = Database.Command(connection, null, $"SELECT {function}(@space, @key)::text", ("space", TurnSpace), ("key", key));
        // pg_advisory_lock returns void (text ""), pg_try_advisory_lock a boolean (text "true"/"false").
        return await command.ExecuteScalarAsync(cancellationToken) is not "false";
    }

    private sealed class NoTurn : IAsyncDisposable
    {
        public static readonly NoTurn Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class HeldTurn(DbConnection connection, int key, ILogger logger) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = Database.Command(connection, null, "SELECT pg_advisory_unlock(@space, @key)", ("space", TurnSpace), ("key", key));
                await command.ExecuteNonQueryAsync();
            }
            catch (DbException e)
            {
                // Closing the connection below ends the session, and PostgreSQL frees its locks with it.
                logger.LogWarning("Could not give back turn {Key} ({Problem}); closing its connection frees it", key, e.Message);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}

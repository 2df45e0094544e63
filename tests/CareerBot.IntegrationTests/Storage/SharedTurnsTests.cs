using CareerBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Storage;

/// <summary>Turns through PostgreSQL advisory locks, as two processes (two connection pools) on one database see them.</summary>
public class SharedTurnsTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_turn_held_by_one_process_is_waited_for_by_another_until_given_back()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres, output);
        if (database is null) return;
        await using var dialectA = new PostgreSqlDialect(database.PostgresConnectionString!);
        await using var dialectB = new PostgreSqlDialect(database.PostgresConnectionString!);
        var processA = new PostgreSqlSharedTurns(dialectA, NullLogger<PostgreSqlSharedTurns>.Instance);
        var processB = new PostgreSqlSharedTurns(dialectB, NullLogger<PostgreSqlSharedTurns>.Instance);
        var key = Random.Shared.Next(1000, int.MaxValue);

        var held = await processA.TakeAsync(key, CancellationToken.None);
        var waiting = processB.TakeAsync(key, CancellationToken.None);
        await WaitUntilQueuedAsync(database, key);
        // Another key is free meanwhile.
        await using (await processB.TakeAsync(key - 1, CancellationToken.None).WaitAsync(Patience)) { }
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        await using (await waiting.WaitAsync(Patience))
        {
            using var stop = new CancellationTokenSource();
            var third = processA.TakeAsync(key, stop.Token);
            await WaitUntilQueuedAsync(database, key);
            await stop.CancelAsync();
            // Cancelled while PostgreSQL had it waiting: the wait ends and the turn stays with B.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third.WaitAsync(Patience));
        }
        await using (await processA.TakeAsync(key, CancellationToken.None).WaitAsync(Patience)) { }
    }

    [Fact]
    public async Task A_process_that_dies_gives_its_turns_back()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres, output);
        if (database is null) return;
        var key = Random.Shared.Next(1000, int.MaxValue);
        await using var dying = new PostgreSqlDialect(database.PostgresConnectionString!);
        _ = await new PostgreSqlSharedTurns(dying, NullLogger<PostgreSqlSharedTurns>.Instance).TakeAsync(key, CancellationToken.None);
        await using var survivor = new PostgreSqlDialect(database.PostgresConnectionString!);
        var waiting = new PostgreSqlSharedTurns(survivor, NullLogger<PostgreSqlSharedTurns>.Instance).TakeAsync(key, CancellationToken.None);
        await WaitUntilQueuedAsync(database, key);

        // The holder's connection ends without giving the turn back, as when its process is killed.
        await QueryAsync(database, $"SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = {key} AND granted");

        await using (await waiting.WaitAsync(Patience)) { }
    }

    [Fact]
    public async Task With_PostgreSQL_unreachable_a_turn_is_granted_without_the_lock_so_the_bot_still_connects()
    {
        await using var unreachable = new PostgreSqlDialect("Host=127.0.0.1;Port=1;Username=careerbot;Password=x;Database=careerbot;Timeout=3");
        var logs = new Operations.CapturedLogs();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var turns = new PostgreSqlSharedTurns(unreachable, factory.CreateLogger<PostgreSqlSharedTurns>());

        await using (await turns.TakeAsync(0, CancellationToken.None).WaitAsync(Patience)) { }

        Assert.Contains("Could not take turn 0 in PostgreSQL", logs.AllText);
    }

    /// <summary>Until PostgreSQL shows a session waiting for the turn (an advisory lock not granted).</summary>
    private static async Task WaitUntilQueuedAsync(TestDatabase database, int key)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (await QueryAsync(database, $"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = {key} AND NOT granted") is not 1L)
        {
            Assert.True(DateTime.UtcNow < deadline, $"nobody queued for turn {key}");
            await Task.Delay(20);
        }
    }

    private static async Task<object?> QueryAsync(TestDatabase database, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}

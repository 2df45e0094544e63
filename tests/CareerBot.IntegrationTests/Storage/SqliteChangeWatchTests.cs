using CareerBot.FakeDiscord;
using CareerBot.Storage;

namespace CareerBot.IntegrationTests.Storage;

/// <summary>
/// SQLite's change watcher: a revision committed on another connection is reported; writes to other tables (the question log,
/// ratings) are not, although they change the file and SQLite's data version too.
/// </summary>
public class SqliteChangeWatchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_revision_from_another_connection_is_reported_and_other_writes_are_not()
    {
        var directory = Path.Combine(Path.GetTempPath(), "careerbot-watch-" + Guid.NewGuid().ToString("N"));
        var dialect = new SqliteDialect(Path.Combine(directory, "careerbot.db"), busyTimeoutSeconds: 5);
        try
        {
            await ExecuteAsync(dialect, "CREATE TABLE kb_revisions (entry_id TEXT NOT NULL); CREATE TABLE other_log (text TEXT NOT NULL)");
            var changes = 0;
            using var stop = new CancellationTokenSource();
            var watching = dialect.WatchAsync(() => Interlocked.Increment(ref changes), stop.Token);

            await FakeDiscordServer.WaitUntilAsync(() => Volatile.Read(ref changes) == 1, Patience, "the first look at the table");
            await ExecuteAsync(dialect, "INSERT INTO other_log (text) VALUES ('an unanswered question')");
            await Task.Delay(TimeSpan.FromSeconds(2.5)); // more than two polls
            Assert.Equal(1, Volatile.Read(ref changes));

            await ExecuteAsync(dialect, "INSERT INTO kb_revisions (entry_id) VALUES ('phd-value')");
            await FakeDiscordServer.WaitUntilAsync(() => Volatile.Read(ref changes) == 2, Patience, "the new revision");
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            Assert.Equal(2, Volatile.Read(ref changes));

            await stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => watching);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task ExecuteAsync(SqliteDialect dialect, string sql)
    {
        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

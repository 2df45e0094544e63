using CareerBot.Core.Moderation;
using CareerBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Storage;

/// <summary>`kb backup` while a bot writes, and `kb restore` once it is stopped, with the real binary on a SQLite store.</summary>
public class BackupRestoreTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_backup_taken_during_a_write_loop_restores_every_revision_committed_before_it()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        var dataDirectory = Path.GetDirectoryName(db!.SqlitePath)!;
        var backupFile = Path.Combine(dataDirectory, "backups", "careerbot-backup.db");
        var host = await ModerationHost.StartAsync(db.Settings);
        var committed = 0;
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var reply = await host.SendAsync($"/kb set phd-value Edit number {committed + 1}.", ModerationHost.Alice);
                Assert.Contains($"Saved **phd-value** version {committed + 1}", reply.Markdown);
                Volatile.Write(ref committed, committed + 1);
            }
        });
        while (Volatile.Read(ref committed) < 20 && !writer.IsCompleted) await Task.Delay(10);

        var before = Volatile.Read(ref committed);
        var (backupCode, backedUp) = await KbExportTests.RunAsync(dataDirectory, "kb", "backup", backupFile);
        var after = Volatile.Read(ref committed);
        var (refusedCode, refused) = await KbExportTests.RunAsync(dataDirectory, "kb", "restore", backupFile);
        await stop.CancelAsync();
        await writer;
        var final = committed;
        await host.DisposeAsync();

        output.WriteLine($"committed before the backup: {before}, after it: {after}, at the end: {final}\n{backedUp}{refused}");
        Assert.Equal(0, backupCode);
        Assert.Contains("Backed up SQLite", backedUp);
        Assert.True(after > before, "the bot committed nothing while the backup ran, so the test proved nothing");
        Assert.Equal(1, refusedCode);
        Assert.Contains("CareerBot cannot restore: A CareerBot process is using", refused);

        var (restoreCode, restored) = await KbExportTests.RunAsync(dataDirectory, "kb", "restore", backupFile);
        output.WriteLine(restored);
        Assert.Equal(0, restoreCode);
        Assert.Contains("Restored", restored);

        // The backup is one snapshot: every revision committed before `kb backup` started, whole and in order, maybe a few more.
        await using var restoredHost = await ModerationHost.StartAsync(db.Settings);
        var history = await restoredHost.Services.GetRequiredService<IRevisionStore>().HistoryAsync("phd-value", CancellationToken.None);
        var newest = history[0].Version;
        // The writer counts a revision after its reply, so one more may already be in the database (and the backup) than `after` says.
        Assert.InRange(newest, before, after + 1);
        Assert.Equal(Enumerable.Range(1, newest).Reverse(), history.Select(r => r.Version));
        Assert.All(history, r => Assert.Equal($"Edit number {r.Version}.", r.Content.Answer));
        Assert.Equal($"Edit number {newest}.", (await restoredHost.SendAsync("do I need a phd")).Markdown);
        Assert.Contains($"schema version {SchemaMigrations.Steps.Count}, {newest} revisions of 1 entries", restored);

        // Nothing is lost by restoring either: the store it replaced is kept, with every revision written.
        var kept = Directory.GetFiles(dataDirectory, "careerbot.db.before-restore-*").Single();
        Assert.Contains(kept, restored);
        Assert.Equal(final, await CountRevisionsAsync(kept));
    }

    [Fact]
    public async Task Restore_refuses_files_that_are_not_CareerBot_backups_and_leaves_the_store_alone()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        var dataDirectory = Path.GetDirectoryName(db!.SqlitePath)!;
        await using (var host = await ModerationHost.StartAsync(db.Settings))
            Assert.Contains("Saved", (await host.SendAsync("/kb set phd-value Kept text.", ModerationHost.Alice)).Markdown);
        var text = Path.Combine(dataDirectory, "notes.txt");
        await File.WriteAllTextAsync(text, "not a database");
        var otherDatabase = Path.Combine(dataDirectory, "other.db");
        await ExecuteAsync(otherDatabase, "CREATE TABLE t (x INTEGER)");
        var newer = Path.Combine(dataDirectory, "newer.db");
        var (backupCode, _) = await KbExportTests.RunAsync(dataDirectory, "kb", "backup", newer);
        Assert.Equal(0, backupCode);
        await ExecuteAsync(newer, $"INSERT INTO schema_version (version) VALUES ({SchemaMigrations.Steps.Count + 1})");

        var cases = new (string File, string Expected)[]
        {
            (Path.Combine(dataDirectory, "missing.db"), "There is no file"),
            (text, "is not a SQLite database"),
            (otherDatabase, "is a SQLite database but not a CareerBot store (SQLite Error 1: 'no such table: schema_version')"),
            (newer, $"was made by a newer CareerBot (schema version {SchemaMigrations.Steps.Count + 1}"),
        };
        foreach (var (file, expected) in cases)
        {
            var (code, message) = await KbExportTests.RunAsync(dataDirectory, "kb", "restore", file);
            output.WriteLine(message);
            Assert.Equal(1, code);
            Assert.StartsWith("CareerBot cannot restore: ", message);
            Assert.Contains(expected, message);
        }
        Assert.Empty(Directory.GetFiles(dataDirectory, "careerbot.db.before-restore-*"));
        await using var after = await ModerationHost.StartAsync(db.Settings);
        Assert.Equal("Kept text.", (await after.SendAsync("do I need a phd")).Markdown);
    }

    [Fact]
    public async Task On_PostgreSQL_backup_and_restore_point_to_pg_dump_and_pg_restore()
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "PostgreSql",
            ["Storage__ConnectionString"] = "Host=db.internal;Port=5433;Database=careerbot;Username=careerbot;Password=hunter2",
        };
        var (backupCode, backup) = await KbExportTests.RunAsync(environment, "kb", "backup", "careerbot.dump");
        var (restoreCode, restore) = await KbExportTests.RunAsync(environment, "kb", "restore", "careerbot.dump");

        Assert.Equal(1, backupCode);
        Assert.Contains("pg_dump --format=custom --file=careerbot.dump --host=db.internal --port=5433 --username=careerbot --dbname=careerbot", backup);
        Assert.Equal(1, restoreCode);
        Assert.Contains("pg_restore --clean --if-exists --host=db.internal --port=5433 --username=careerbot --dbname=careerbot careerbot.dump", restore);
        Assert.DoesNotContain("hunter2", backup + restore);
    }

    private static async Task<long> CountRevisionsAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM kb_revisions";
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

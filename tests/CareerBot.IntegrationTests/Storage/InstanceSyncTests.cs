using System.Diagnostics;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Storage;
using Npgsql;
using Xunit.Abstractions;
using static CareerBot.IntegrationTests.Storage.ModerationHost;

namespace CareerBot.IntegrationTests.Storage;

/// <summary>Two hosts on one database: an edit saved by one is served by the other — within a second on PostgreSQL (LISTEN/NOTIFY); SQLite polls.</summary>
public class InstanceSyncTests(ITestOutputHelper output)
{
    public static TheoryData<string> Databases => [TestDatabase.Postgres, TestDatabase.Sqlite];

    [Theory, MemberData(nameof(Databases))]
    public async Task Two_instances_see_each_others_edits_within_a_second(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var a = await StartAsync(db.Settings);
        await using var b = await StartAsync(db.Settings);

        var pushed = kind == TestDatabase.Postgres;
        await AssertServedByOtherAsync(a, b, "/kb set phd-value Edited on instance A.", "Edited on instance A.", pushed);
        await AssertServedByOtherAsync(b, a, "/kb set phd-value Edited on instance B.", "Edited on instance B.", pushed);
        Assert.Equal("phd-value", (await a.SendAsync("do I need a phd")).Intent);
    }

    [Fact]
    public async Task A_listener_whose_connection_dies_reconnects_and_catches_up()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Postgres, output);
        if (db is null) return;
        await using var a = await StartAsync(db.Settings);
        await using var b = await StartAsync(db.Settings);

        await using (var admin = new NpgsqlConnection(db.PostgresConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name AND datname = current_database()", admin);
            kill.Parameters.AddWithValue("name", PostgreSqlDialect.ListenerApplicationName);
            Assert.True((long)(await kill.ExecuteScalarAsync())! >= 2);
        }
        Assert.Equal(ReplyKind.Answer, (await a.SendAsync("/kb set phd-value Saved while B was disconnected.", Alice)).Kind);

        // B logs the lost connection, reconnects after its retry delay and reloads what it missed.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (b.Knowledge.Current.Find("phd-value")!.Answer != "Saved while B was disconnected." && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.Equal("Saved while B was disconnected.", (await b.SendAsync("do I need a phd")).Markdown);
        await AssertServedByOtherAsync(a, b, "/kb set phd-value After the reconnect.", "After the reconnect.", pushed: true);
    }

    private async Task AssertServedByOtherAsync(ModerationHost editor, ModerationHost other, string command, string expected, bool pushed)
    {
        var changed = new TaskCompletionSource<KnowledgeSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(KnowledgeSnapshot s)
        {
            if (s.Find("phd-value")?.Answer == expected) changed.TrySetResult(s);
        }
        other.Knowledge.Changed += OnChanged;
        try
        {
            var reply = await editor.SendAsync(command, Alice);
            var saved = Stopwatch.StartNew();
            Assert.Equal(ReplyKind.Answer, reply.Kind);
            await changed.Task.WaitAsync(TimeSpan.FromSeconds(10));
            saved.Stop();
            output.WriteLine($"served by the other instance {saved.ElapsedMilliseconds} ms after the save");
            // The one-second promise is PostgreSQL's (LISTEN/NOTIFY); SQLite's polling is only checked to arrive.
            if (pushed) Assert.True(saved.Elapsed < TimeSpan.FromSeconds(1), $"the other instance served the edit after {saved.ElapsedMilliseconds} ms");
            Assert.Equal(expected, (await other.SendAsync("do I need a phd")).Markdown);
        }
        finally
        {
            other.Knowledge.Changed -= OnChanged;
        }
    }
}

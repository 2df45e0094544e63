using CareerBot.Core.Messages;
using CareerBot.Core.Moderation;
using CareerBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Storage;

/// <summary>The revision store and question log on the real databases: concurrency, atomicity, migrations, retention.</summary>
public class RevisionStoreTests(ITestOutputHelper output)
{
    public static TheoryData<string> Databases => [TestDatabase.Sqlite, TestDatabase.Postgres];

    private static readonly EntryContent Content = new("Title", ["q1", "q2"], ["tag"], [], [], "Answer", null);

    [Theory, MemberData(nameof(Databases))]
    public async Task Of_many_parallel_editors_from_the_same_version_exactly_one_wins(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        // Separate stores, as separate processes would have.
        var stores = Enumerable.Range(0, 4).Select(_ => Store(db)).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            stores[i % stores.Count].AppendAsync(Revision("phd-value", 1, $"editor {i}"), CancellationToken.None)));

        Assert.Single(results, r => r.Saved);
        var winner = (await stores[0].LatestAsync("phd-value", CancellationToken.None))!;
        Assert.Equal(1, winner.Version);
        Assert.All(results.Where(r => !r.Saved), r =>
        {
            Assert.Equal(1, r.Current!.Version);
            Assert.Equal(winner.Content.Answer, r.Current.Content.Answer);
        });
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Editors_that_retry_after_a_conflict_lose_no_edit(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        const int editors = 6, editsEach = 5;
        var conflicts = 0;

        await Task.WhenAll(Enumerable.Range(0, editors).Select(e => Task.Run(async () =>
        {
            var store = Store(db);
            for (var n = 0; n < editsEach; n++)
            {
                while (true)
                {
                    var from = (await store.LatestAsync("phd-value", CancellationToken.None))?.Version ?? 0;
                    if ((await store.AppendAsync(Revision("phd-value", from + 1, $"editor {e} edit {n}"), CancellationToken.None)).Saved) break;
                    Interlocked.Increment(ref conflicts);
                }
            }
        })));

        var history = await Store(db).HistoryAsync("phd-value", CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, editors * editsEach).Reverse(), history.Select(r => r.Version));
        var saved = history.Select(r => r.Content.Answer).ToHashSet();
        for (var e = 0; e < editors; e++)
            for (var n = 0; n < editsEach; n++)
                Assert.Contains($"editor {e} edit {n}", saved);
        output.WriteLine($"{conflicts} conflicts were reported and retried");
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Parallel_kb_set_commands_from_one_version_save_one_and_report_the_rest(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await ModerationHost.StartAsync(db.Settings);

        var replies = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            host.SendAsync($"/kb set phd-value from:0 Text from editor {i}.", new ChatUser("discord", $"u{i}", $"editor{i}", IsModerator: true))));

        Assert.Single(replies, r => r.Kind == ReplyKind.Answer);
        Assert.All(replies.Where(r => r.Kind != ReplyKind.Answer), r => Assert.Contains("Not saved", r.Markdown));
        var history = await host.Services.GetRequiredService<IRevisionStore>().HistoryAsync("phd-value", CancellationToken.None);
        Assert.Single(history);
        Assert.Equal(history[0].Content.Answer, host.Knowledge.Current.Find("phd-value")!.Answer);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_transaction_aborted_midway_leaves_the_previous_version(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        var store = Store(db);
        Assert.True((await store.AppendAsync(Revision("phd-value", 1, "committed"), CancellationToken.None)).Saved);

        var dialect = Dialect(db);
        await using (var connection = await dialect.OpenAsync(CancellationToken.None))
        await using (var transaction = await dialect.BeginWriteAsync(connection, CancellationToken.None))
        {
            await using var insert = Database.Command(connection, transaction,
                "INSERT INTO kb_revisions (entry_id, version, kind, platform, user_id, display_name, created_at, comment, content) VALUES ('phd-value', 2, 'Set', 'console', 'x', 'x', 0, '', '{}')");
            await insert.ExecuteNonQueryAsync();
            // The writer dies here: no commit.
        }

        var latest = await Store(db).LatestAsync("phd-value", CancellationToken.None);
        Assert.Equal(1, latest!.Version);
        Assert.Equal("committed", latest.Content.Answer);
        Assert.True((await store.AppendAsync(Revision("phd-value", 2, "next"), CancellationToken.None)).Saved);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Processes_starting_together_migrate_the_schema_once(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Store(db).InitializeAsync(CancellationToken.None)));
        await Store(db).InitializeAsync(CancellationToken.None);

        var dialect = Dialect(db);
        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        await using var count = Database.Command(connection, null, "SELECT COUNT(*), MAX(version) FROM schema_version");
        await using var reader = await count.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(SchemaMigrations.Steps.Count, Convert.ToInt32(reader.GetValue(0)));
        Assert.Equal(SchemaMigrations.Steps.Count, Convert.ToInt32(reader.GetValue(1)));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Retention_deletes_old_log_rows_at_start_and_keeps_recent_ones(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        var now = DateTimeOffset.UtcNow;
        await using (var first = await ModerationHost.StartAsync(db.Settings))
        {
            var log = first.Services.GetRequiredService<IQuestionLog>();
            await log.RecordUnansweredAsync(
            [
                new UnansweredQuestion("old question", "old question", null, 0.1, true, now.AddDays(-31)),
                new UnansweredQuestion("recent question", "recent question", null, 0.1, true, now.AddDays(-29)),
            ], CancellationToken.None);
            await log.RecordFeedbackAsync("phd-value", "recent rating", helpful: false, CancellationToken.None);
            var dialect = first.Services.GetRequiredService<StorageDialect>();
            await using var connection = await dialect.OpenAsync(CancellationToken.None);
            await using var old = Database.Command(connection, null,
                "INSERT INTO answer_feedback (intent, question, helpful, rated_at) VALUES ('salary-overview', 'old rating', @f, @at)",
                ("f", false), ("at", now.AddDays(-40).ToUnixTimeMilliseconds()));
            await old.ExecuteNonQueryAsync();
        }

        await using var second = await ModerationHost.StartAsync(db.Settings); // retention runs at start
        var log2 = second.Services.GetRequiredService<IQuestionLog>();

        var groups = await log2.TopUnansweredAsync(DateTimeOffset.UnixEpoch, 10, CancellationToken.None);
        Assert.Equal(["recent question"], groups.Select(g => g.Example));
        var rated = await log2.TopRatedDownAsync(DateTimeOffset.UnixEpoch, 10, CancellationToken.None);
        Assert.Equal(["phd-value"], rated.Select(r => r.Intent));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Unanswered_questions_group_by_normalised_text_most_frequent_first(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        var log = new SqlQuestionLog(new Database(Dialect(db), NullLogger<Database>.Instance), TimeProvider.System);
        var now = DateTimeOffset.UtcNow;
        string[] asked = ["Visa for ML jobs?", "visa for ml jobs", "VISA for ML jobs!!", "remote work abroad", "remote work abroad?", "pizza"];
        await log.RecordUnansweredAsync(asked.Select((q, i) =>
            new UnansweredQuestion(q, UnansweredQuestionQueue.Normalize(q), i == 0 ? "salary-overview" : null, 0.2, true, now.AddMinutes(i - 10))).ToList(), CancellationToken.None);
        await log.RecordUnansweredAsync([new UnansweredQuestion("pizza", "pizza", null, 0.1, true, now.AddDays(-3))], CancellationToken.None);

        var lastTwoDays = await log.TopUnansweredAsync(now.AddDays(-2), 10, CancellationToken.None);

        Assert.Equal([3, 2, 1], lastTwoDays.Select(g => g.Count));
        Assert.Equal("visa machine learning jobs", lastTwoDays[0].Normalized);
        Assert.Null(lastTwoDays[0].Guess); // the most recent guess of the group
        Assert.Equal(2, (await log.TopUnansweredAsync(now.AddDays(-4), 10, CancellationToken.None)).Single(g => g.Example == "pizza").Count);
    }

    private static StorageDialect Dialect(TestDatabase db) => db.SqlitePath is { } path
        ? new SqliteDialect(path, busyTimeoutSeconds: 10)
        : new PostgreSqlDialect(db.PostgresConnectionString!);

    private static SqlRevisionStore Store(TestDatabase db) => new(new Database(Dialect(db), NullLogger<Database>.Instance));

    private static KnowledgeRevision Revision(string id, int version, string answer) =>
        new(id, version, RevisionKind.Set, new RevisionAuthor("console", "t", "tester"), DateTimeOffset.UtcNow, "", Content with { Answer = answer });
}

using CareerBot.Core.Configuration;
using System.Text.Json;
using CareerBot.Composition;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Moderation;
using CareerBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Storage;

/// <summary>
/// Upgrading over a store made by the previous release (Fixtures/careerbot-schema-v1.sqlite.sql, dumped from a store that
/// CareerBot at commit a6e04f5 wrote): the rows survive, the schema ends equal to a new store's, and a newer store is refused.
/// </summary>
public class SchemaUpgradeTests(ITestOutputHelper output)
{
    private const string ModeratorsText = "**Not for most ML engineering jobs.** A PhD helps mainly for research roles at large AI labs.";
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "careerbot-schema-v1.sqlite.sql");

    [Fact]
    public async Task A_store_from_the_previous_release_is_migrated_forward_and_keeps_every_row()
    {
        await using var old = await OldStoreAsync();
        await using var fresh = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        await using (var freshHost = await ModerationHost.StartAsync(fresh!.Settings)) { }

        await using (var host = await ModerationHost.StartAsync(Keep(old.Settings)))
        {
            var history = await host.Services.GetRequiredService<IRevisionStore>().HistoryAsync("phd-value", CancellationToken.None);
            Assert.Equal([2, 1], history.Select(r => r.Version));
            Assert.Equal(["alice", "alice"], history.Select(r => r.Author.UserId));
            Assert.Contains("is a doctorate worth it for mlops", history[0].Content.Questions);
            Assert.Equal(ModeratorsText, (await host.SendAsync("is a doctorate worth it for mlops")).Markdown);
        }

        var versions = await QueryAsync(old.SqlitePath!, "SELECT version FROM schema_version ORDER BY version");
        Assert.Equal(Enumerable.Range(1, SchemaMigrations.Steps.Count).Select(v => v.ToString()), versions);
        Assert.Equal(["2"], await QueryAsync(old.SqlitePath!, "SELECT COUNT(*) FROM unanswered_questions"));
        Assert.Equal(["1"], await QueryAsync(old.SqlitePath!, "SELECT COUNT(*) FROM answer_feedback"));
        // Released steps are never edited: an upgraded store has exactly the tables and indexes a new one gets.
        Assert.Equal(await SchemaAsync(fresh.SqlitePath!), await SchemaAsync(old.SqlitePath!));
    }

    [Fact]
    public async Task A_store_written_by_a_newer_release_is_refused_with_a_clear_message_and_left_untouched()
    {
        await using var db = await OldStoreAsync();
        var newer = SchemaMigrations.Steps.Count + 1;
        await QueryAsync(db.SqlitePath!, $"INSERT INTO schema_version (version) VALUES ({newer})");
        var before = await ContentAsync(db.SqlitePath!);

        var (code, text) = await KbExportTests.RunAsync(Path.GetDirectoryName(db.SqlitePath)!, "ask", "do I need a phd");

        output.WriteLine(text);
        Assert.Equal(FatalConfigurationError.ExitCode, code);
        Assert.Contains(text.Split('\n'), line => line.StartsWith($"CareerBot cannot start: The database SQLite {db.SqlitePath} has schema version {newer}, written by a newer CareerBot;", StringComparison.Ordinal));
        Assert.Contains($"knows versions up to {SchemaMigrations.Steps.Count}", text);
        // The host's own "Hosting failed to start" log line may follow (as for any start-up problem), but no crash.
        Assert.DoesNotContain("Unhandled exception", text);
        Assert.Equal(before, await ContentAsync(db.SqlitePath!));
    }

    [Fact]
    public async Task A_moderators_edit_stays_live_when_the_release_changes_its_file_and_kb_export_shows_both_texts()
    {
        await using var db = await OldStoreAsync();
        var dataDirectory = Path.GetDirectoryName(db.SqlitePath)!;
        // The new release's knowledge folder: phd-value.md got a new answer in git while alice's edit sat in the store.
        var release = Path.Combine(dataDirectory, "release-knowledge");
        Directory.CreateDirectory(release);
        foreach (var file in Directory.GetFiles(RepositoryPath.Resolve("knowledge"), "*.md")) File.Copy(file, Path.Combine(release, Path.GetFileName(file)));
        const string releaseText = "**It depends on the role.** This is the answer text shipped in the new release.";
        var entry = KnowledgeLoader.LoadDirectory(release).Single(e => e.Id == "phd-value");
        await File.WriteAllTextAsync(Path.Combine(release, "phd-value.md"), KnowledgeFileWriter.Write(entry with { Answer = releaseText, Detail = null }));
        var environment = new Dictionary<string, string> { ["Storage__DataDirectory"] = dataDirectory, ["Knowledge__Directory"] = release };

        var (askCode, answer) = await KbExportTests.RunAsync(environment, "ask", "--json", "do I need a phd");
        var (exportCode, exported) = await KbExportTests.RunAsync(environment, "kb", "export");

        output.WriteLine(exported);
        Assert.Equal(0, askCode);
        Assert.Equal(ModeratorsText, JsonDocument.Parse(answer).RootElement.GetProperty("reply").GetString());
        Assert.Equal(0, exportCode);
        Assert.Contains("phd-value.md: the file's text (-) was replaced by the served answer (+):", exported);
        Assert.Contains("- " + releaseText, exported);
        Assert.Contains("+ " + ModeratorsText, exported);
        Assert.Equal(ModeratorsText, KnowledgeLoader.LoadDirectory(release).Single(e => e.Id == "phd-value").Answer);
    }

    /// <summary>A SQLite store loaded from the previous release's dump.</summary>
    private async Task<TestDatabase> OldStoreAsync()
    {
        var db = (await TestDatabase.CreateAsync(TestDatabase.Sqlite, output))!;
        Directory.CreateDirectory(Path.GetDirectoryName(db.SqlitePath)!);
        await QueryAsync(db.SqlitePath!, await File.ReadAllTextAsync(Fixture));
        return db;
    }

    /// <summary>The fixture's logs are dated when it was made: keep them past the default 30 days.</summary>
    private static Dictionary<string, string?> Keep(Dictionary<string, string?> settings) => new(settings) { ["Storage:RetentionDays"] = "3650" };

    private static async Task<IReadOnlyList<string>> ContentAsync(string path) =>
    [
        .. await SchemaAsync(path),
        .. await QueryAsync(path, "SELECT group_concat(version) FROM schema_version"),
        .. await QueryAsync(path, "SELECT entry_id || ' ' || version || ' ' || content FROM kb_revisions ORDER BY entry_id, version"),
        .. await QueryAsync(path, "SELECT COUNT(*) FROM unanswered_questions"),
    ];

    private static async Task<IReadOnlyList<string>> SchemaAsync(string path) =>
        await QueryAsync(path, "SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name");

    private static async Task<IReadOnlyList<string>> QueryAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return rows;
    }
}

using CareerBot.Composition;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Moderation;
using CareerBot.Operations;
using CareerBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Storage;

/// <summary>Damaged rows in kb_revisions (hand edits, a bad restore): each is skipped and reported, and everything else keeps working.</summary>
public class DamagedRevisionTests(ITestOutputHelper output)
{
    public static TheoryData<string> Databases => [TestDatabase.Sqlite, TestDatabase.Postgres];

    private static readonly EntryContent Valid = new("Do I need a PhD?", ["is a phd required for ml jobs"], ["education"], [], [], "A corrected answer.", null);

    /// <summary>The shipped certifications entry with another answer: a revision that passes every rule.</summary>
    private static EntryContent Certifications(string answer) =>
        EntryContent.From(KnowledgeLoader.LoadDirectory(RepositoryPath.Resolve("knowledge")).Single(e => e.Id == "certifications")) with { Answer = answer };

    /// <summary>A good revision of certifications, then three damaged rows: unreadable JSON, an unknown kind, an id that is a path.</summary>
    private static async Task DamageAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<IRevisionStore>();
        await store.InitializeAsync(CancellationToken.None);
        var good = new KnowledgeRevision("certifications", 1, RevisionKind.Set, new RevisionAuthor("console", "m", "mod"), DateTimeOffset.UtcNow, "", Certifications("Served despite the damage."));
        Assert.True((await store.AppendAsync(good, CancellationToken.None)).Saved);
        var database = services.GetRequiredService<Database>();
        await database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var (id, version, kind, content) in new[]
            {
                ("phd-value", 1, "Set", """{"title": "broken"""),
                ("career-timeline", 1, "Bogus", ContentJson.Write(Valid with { Questions = ["how long does the switch take really"] })),
                ("../../pwned", 1, "Set", ContentJson.Write(Valid with { Questions = ["pwned"] })),
            })
            {
                await using var insert = Database.Command(connection, transaction,
                    "INSERT INTO kb_revisions (entry_id, version, kind, platform, user_id, display_name, created_at, comment, content) VALUES (@id, @version, @kind, 'console', 'm', 'mod', 0, '', @content)",
                    ("id", id), ("version", version), ("kind", kind), ("content", content));
                await insert.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
            return 0;
        }, CancellationToken.None);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_bot_starts_skips_each_damaged_row_naming_it_serves_the_rest_and_keeps_reloading(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        var builder = CareerBotHostBuilder.Create(LogLevel.Warning, db.Settings);
        builder.Services.AddOperations(builder.Configuration);
        using var host = builder.Build();
        await DamageAsync(host.Services);

        await host.StartAsync();
        try
        {
            var damaged = host.Services.GetRequiredService<RevisionLoadStatus>().Current.Damaged.Select(d => (d.EntryId, d.Version)).Order().ToList();
            Assert.Equal([("../../pwned", 1), ("career-timeline", 1), ("phd-value", 1)], damaged);
            var knowledge = host.Services.GetRequiredService<KnowledgeBase>().Current;
            Assert.Equal("Served despite the damage.", knowledge.Find("certifications")!.Answer);
            Assert.DoesNotContain(knowledge.Ordered, e => e.Id.Contains('/'));

            var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
            Assert.Equal(HealthStatus.Degraded, health.Entries["storage"].Status);
            Assert.Contains("`phd-value` version 1", health.Entries["storage"].Description);

            // Live reloading goes on past the damaged rows: a later save elsewhere is served.
            var store = host.Services.GetRequiredService<IRevisionStore>();
            var next = new KnowledgeRevision("certifications", 2, RevisionKind.Set, new RevisionAuthor("console", "m", "mod"), DateTimeOffset.UtcNow, "", Certifications("Saved after the damage."));
            Assert.True((await store.AppendAsync(next, CancellationToken.None)).Saved);
            await host.Services.GetRequiredService<KnowledgeSync>().ReloadAsync(CancellationToken.None);
            Assert.Equal("Saved after the damage.", host.Services.GetRequiredService<KnowledgeBase>().Current.Find("certifications")!.Answer);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task The_binary_answers_kb_validate_lists_the_damage_and_kb_export_writes_only_inside_its_folder()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        var dataDirectory = Path.GetDirectoryName(db!.SqlitePath)!;
        using (var host = CareerBotHostBuilder.Create(LogLevel.Warning, db.Settings).Build()) await DamageAsync(host.Services);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var exportDirectory = Path.Combine(dataDirectory, "a", "b", "export");

        var (askCode, answer) = await KbExportTests.RunAsync(dataDirectory, "ask", "--json", "is the AWS ML Specialty certification worth getting?");
        var (validateCode, validated) = await KbExportTests.RunAsync(dataDirectory, "kb", "validate");
        var (exportCode, exported) = await KbExportTests.RunAsync(dataDirectory, "kb", "export", "--dir", exportDirectory);

        Assert.Equal(0, askCode);
        Assert.Contains("Served despite the damage.", answer);
        Assert.Equal(1, validateCode);
        Assert.Contains("damaged revision `phd-value` version 1", validated);
        Assert.Contains("damaged revision `career-timeline` version 1", validated);
        Assert.Contains("damaged revision `../../pwned` version 1: the entry id is not a valid id", validated);
        Assert.Equal(1, exportCode);
        Assert.Contains("Not exported: damaged revision `../../pwned` version 1", exported);
        Assert.Equal("Served despite the damage.", KnowledgeLoader.LoadDirectory(exportDirectory).Single(e => e.Id == "certifications").Answer);
        Assert.Empty(Directory.EnumerateFiles(dataDirectory, "pwned.md", SearchOption.AllDirectories));
    }
}

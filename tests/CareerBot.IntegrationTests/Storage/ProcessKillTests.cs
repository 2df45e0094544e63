using System.Diagnostics;
using CareerBot.Core.Moderation;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Storage;

/// <summary>A CareerBot process killed while it writes revisions leaves the SQLite file readable, with the old or the new version.</summary>
public class ProcessKillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_a_writer_midway_leaves_a_readable_database_with_whole_versions()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        var directory = Path.GetDirectoryName(db!.SqlitePath)!;
        const int confirmed = 15;

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "CareerBot.dll"), "ask", "--json", "--moderator", "killer", "-" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Storage__DataDirectory"] = directory;
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync(); // drained so the child never blocks on a full pipe
        for (var i = 1; i <= confirmed; i++)
        {
            await process.StandardInput.WriteLineAsync($"/kb set phd-value Edit number {i}.");
            await process.StandardInput.FlushAsync();
            var line = await process.StandardOutput.ReadLineAsync();
            Assert.Contains("Saved", line);
        }
        // The next edit is in flight when the process dies.
        await process.StandardInput.WriteLineAsync($"/kb set phd-value Edit number {confirmed + 1}.");
        await process.StandardInput.FlushAsync();
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        await using (var connection = new SqliteConnection($"Data Source={db.SqlitePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
        }

        await using var host = await ModerationHost.StartAsync(db.Settings);
        var history = await host.Services.GetRequiredService<IRevisionStore>().HistoryAsync("phd-value", CancellationToken.None);
        var newest = history[0].Version;
        Assert.InRange(newest, confirmed, confirmed + 1);
        Assert.Equal(Enumerable.Range(1, newest).Reverse(), history.Select(r => r.Version));
        Assert.All(history, r => Assert.Equal($"Edit number {r.Version}.", r.Content.Answer));
        Assert.Equal($"Edit number {newest}.", (await host.SendAsync("do I need a phd")).Markdown);
        output.WriteLine($"the killed process left version {newest}");
    }
}

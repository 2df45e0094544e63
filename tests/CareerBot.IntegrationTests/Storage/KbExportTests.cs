using System.Diagnostics;
using CareerBot.Composition;
using CareerBot.Core.Knowledge;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Storage;

/// <summary>The binary end to end: an edit made by one `ask --moderator` process is answered by the next, and `kb export` writes it back as a file.</summary>
public class KbExportTests(ITestOutputHelper output)
{
    [Fact]
    public async Task An_edit_survives_into_a_new_process_and_kb_export_writes_it_to_knowledge_files()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        var dataDirectory = Path.GetDirectoryName(db!.SqlitePath)!;
        var exportDirectory = Path.Combine(dataDirectory, "export");

        var (code, saved) = await RunAsync(dataDirectory, "ask", "--moderator", "alice", "/kb set phd-value New text from the command line.");
        Assert.Equal(0, code);
        Assert.Contains("Saved phd-value version 1", saved);
        var (_, answer) = await RunAsync(dataDirectory, "ask", "--json", "do I need a phd");
        Assert.Contains("\"lead\":\"New text from the command line.\"", answer);

        var (exportCode, exported) = await RunAsync(dataDirectory, "kb", "export", "--dir", exportDirectory);

        Assert.Equal(0, exportCode);
        Assert.Contains("knowledge files", exported);
        var baseline = KnowledgeLoader.LoadDirectory(RepositoryPath.Resolve("knowledge"));
        var written = KnowledgeLoader.LoadDirectory(exportDirectory);
        Assert.Equal(baseline.Select(e => e.Id), written.Select(e => e.Id));
        Assert.Equal("New text from the command line.", written.Single(e => e.Id == "phd-value").Answer);
        Assert.Equal(baseline.Single(e => e.Id == "phd-value").Questions, written.Single(e => e.Id == "phd-value").Questions);
    }

    internal static Task<(int Code, string Output)> RunAsync(string dataDirectory, params string[] arguments) =>
        RunAsync(new Dictionary<string, string> { ["Storage__DataDirectory"] = dataDirectory }, arguments);

    /// <summary>The real binary with these environment variables; its stdout then stderr.</summary>
    internal static async Task<(int Code, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CareerBot.dll"));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.Environment["COLUMNS"] = "400";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, stdout + await stderr);
    }
}

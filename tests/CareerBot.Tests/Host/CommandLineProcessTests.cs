using System.Diagnostics;
using System.Text.Json;

namespace CareerBot.Tests.Host;

/// <summary>Runs the real binary as a user would, through its command line.</summary>
public class CommandLineProcessTests
{
    private static readonly string Binary = Path.Combine(AppContext.BaseDirectory, "CareerBot.dll");

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string stdin, IDictionary<string, string>? env = null, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        info.ArgumentList.Add(Binary);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["Knowledge__Directory"] = Knowledge.ShippedKnowledgeTests.Directory;
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Ask_json_writes_exactly_one_json_object_per_input_line()
    {
        var (exit, stdout, _) = await RunAsync("do I need a PhD to be an ML engineer?\nwhat's the weather in Paris?\n\n", null, "ask", "--json", "-");
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var intents = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("intent").GetString()).ToList();
        Assert.Equal(["phd-value", "none", "none"], intents);
    }

    [Fact]
    public async Task Ask_json_lines_are_independent_messages()
    {
        const string followUp = "what about with a few more years?";
        var (_, alone, _) = await RunAsync(followUp + "\n", null, "ask", "--json", "-");
        var (_, afterSalary, _) = await RunAsync("how much does a mid-level ML engineer make?\n" + followUp + "\n", null, "ask", "--json", "-");
        Assert.Equal(alone.Trim(), afterSalary.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1]);
    }

    [Fact]
    public async Task Ask_json_conversation_reads_lines_in_context_and_an_empty_line_starts_a_new_member()
    {
        var (exit, stdout, _) = await RunAsync("what do senior mles make\nand in new york?\n\nand in new york?\n", null, "ask", "--json", "--conversation", "-");
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        // One object per message line, none for the empty line; the same message reads differently with and without context.
        Assert.Equal(3, lines.Count);
        Assert.Equal(["salary-senior", "salary-senior"], lines.Take(2).Select(l => l.GetProperty("intent").GetString()));
        Assert.Contains("New York", lines[1].GetProperty("reply").GetString());
        Assert.NotEqual("salary-senior", lines[2].GetProperty("intent").GetString());
        Assert.All(lines, l => Assert.True(l.TryGetProperty("sources", out _) && l.TryGetProperty("entities", out _) && l.TryGetProperty("confidence", out _)));
    }

    [Fact]
    public async Task Ask_conversation_without_stdin_says_to_pass_a_dash()
    {
        var (exit, stdout, stderr) = await RunAsync("", null, "ask", "--json", "--conversation", "hi");
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains("pass - as the question", stderr);
    }

    [Fact]
    public async Task Ask_answers_one_question_in_plain_text()
    {
        var (exit, stdout, _) = await RunAsync("", null, "ask", "do I need a PhD to be an ML engineer?");
        Assert.Equal(0, exit);
        Assert.Contains("PhD", stdout);
        Assert.Contains("Sources:", stdout);
    }

    [Fact]
    public async Task Invalid_option_stops_with_a_message_naming_the_key()
    {
        var (exit, stdout, stderr) = await RunAsync("", new Dictionary<string, string> { ["Router__DeclineThreshold"] = "2" }, "ask", "hi");
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("DeclineThreshold", stderr);
    }

    [Fact]
    public async Task Broken_knowledge_file_stops_with_a_message_naming_the_file()
    {
        var dir = Directory.CreateTempSubdirectory("careerbot-kb-");
        try
        {
            foreach (var f in Directory.GetFiles(Knowledge.ShippedKnowledgeTests.Directory, "*.md")) File.Copy(f, Path.Combine(dir.FullName, Path.GetFileName(f)));
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "broken.md"), "---\nid: broken\n---\nno title");
            var (exit, _, stderr) = await RunAsync("", new Dictionary<string, string> { ["Knowledge__Directory"] = dir.FullName }, "ask", "hi");
            Assert.Equal(1, exit);
            Assert.Contains("broken.md: missing field 'title'", stderr);
            var (validateExit, _, validateErr) = await RunAsync("", null, "kb", "validate", "--dir", dir.FullName);
            Assert.Equal(1, validateExit);
            Assert.Contains("broken.md", validateErr);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

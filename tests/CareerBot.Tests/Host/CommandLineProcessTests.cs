using System.Diagnostics;
using System.Text.Json;

namespace CareerBot.Tests.Host;

/// <summary>Runs the real binary as a user would, through its command line.</summary>
public class CommandLineProcessTests
{
    private static readonly string Binary = Path.Combine(AppContext.BaseDirectory, "CareerBot.dll");

    internal static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string stdin, IDictionary<string, string>? env = null, params string[] args)
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
    public async Task The_chat_shows_the_lead_then_more_shows_the_detail_and_a_number_asks_that_follow_up()
    {
        var (exit, stdout, _) = await RunAsync("do I need a PhD to be an ML engineer?\nmore\n3\n/quit\n", null);

        Assert.Equal(0, exit);
        var lead = stdout.IndexOf("Short answer: not for most ML engineering jobs", StringComparison.Ordinal);
        var hint = stdout.IndexOf("Type more for the details.", StringComparison.Ordinal);
        var detail = stdout.IndexOf("Someone who has shipped several complex models", StringComparison.Ordinal);
        Assert.True(lead >= 0 && hint > lead && detail > hint, stdout);
        Assert.Contains("3) ", stdout);
        // Follow-up 3 of the PhD answer is the entry-level pay question.
        Assert.Contains("$100,000–$140,000+ base salary", stdout[detail..]);
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
        Assert.Equal(3, exit);
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
            Assert.Equal(3, exit);
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

    [Fact]
    public async Task From_a_fresh_data_directory_members_share_with_ask_user_a_moderator_approves_and_salary_shows_the_block_at_five()
    {
        var data = Path.Combine(Path.GetTempPath(), "careerbot-share-cli-" + Guid.NewGuid().ToString("N"));
        var env = new Dictionary<string, string> { ["Storage__DataDirectory"] = data };
        try
        {
            string[] members = ["ana", "ben", "cho", "dev", "eli", "fay"];
            for (var i = 0; i < members.Length; i++)
            {
                var (exit, stdout, _) = await RunAsync("", env, "ask", "--user", members[i], $"/share level:senior location:seattle base:{180 + 10 * i}k bonus:10% yoe:{4 + i}");
                Assert.Equal(0, exit);
                Assert.Contains($"#{i + 1}", stdout);
            }
            var (_, again, _) = await RunAsync("", env, "ask", "--user", "ana", "/share level:senior location:seattle base:250k");
            Assert.Contains("You already shared an offer", again);
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, "community-offers.key")));

            var (_, approvals, _) = await RunAsync("/kb offers approve 1\n/kb offers approve 2\n/kb offers approve 3\n/kb offers approve 4\n", env, "ask", "--moderator", "mo", "--json", "-");
            Assert.Equal(4, approvals.Split('\n').Count(l => l.Contains("Approved offer #", StringComparison.Ordinal)));
            var (_, four, _) = await RunAsync("", env, "ask", "/salary level:senior location:seattle");
            Assert.DoesNotContain("Community-reported", four);

            await RunAsync("", env, "ask", "--moderator", "mo", "/kb offers approve 5");
            var (_, five, _) = await RunAsync("", env, "ask", "--json", "/salary level:senior location:seattle");
            var reply = JsonDocument.Parse(five).RootElement.GetProperty("reply").GetString();
            // Bases 180k…220k: median 200k; with a 10% bonus the first year is 220k.
            Assert.Contains("**5 offers** (USD): median base **$200,000**, median first-year total comp **$220,000**", reply);

            var csv = Path.Combine(data, "offers.csv");
            Assert.Equal(0, (await RunAsync("", env, "kb", "offers", "export", csv)).Exit);
            var exported = File.ReadAllText(csv);
            Assert.Equal(6, exported.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.DoesNotContain("ana", exported);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}

using System.Diagnostics;
using CareerBot.FakeDiscord;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>
/// Points the real discord.js client (tests/fidelity/discord) at the fake: if a real client cannot use the fake, the fake is wrong.
/// Needs node and `npm ci` in tests/fidelity/discord; without them the test reports that it did not run, unless
/// CAREERBOT_FIDELITY=1 (set by CI) makes their absence a failure.
/// </summary>
[Collection(DiscordCollection.Name)]
public class DiscordFidelityTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_real_discordjs_client_logs_in_receives_events_replies_handles_a_button_and_a_modal_and_resumes_against_the_fake()
    {
        await using var fake = new FakeDiscordServer();
        await fake.StartAsync();
        if (await RunNodeAsync("fidelity.mjs", fake) is not { } node) return;

        Assert.Equal(0, node.ExitCode);
        Assert.Contains("OK: discord.js", node.Stdout);
        Assert.Contains("button click → modal → submit → ephemeral reply worked", node.Stdout);
        Assert.Contains(fake.Requests, r => r.Header("User-Agent")?.StartsWith("DiscordBot (https://discord.js.org", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_real_discordjs_client_brings_up_four_shards_without_an_identify_the_fake_refuses()
    {
        // discord.js spaces IDENTIFYs by max_concurrency per 5 s itself: a fake that refused one would be stricter than Discord.
        await using var fake = new FakeDiscordServer(new FakeDiscordOptions
        {
            RecommendedShards = 4, MaxConcurrency = 2, GuildIds = [.. Enumerable.Range(0, 4).Select(shard => Snowflake.ForShard(shard, 4))],
        });
        await fake.StartAsync();
        if (await RunNodeAsync("identify-limit.mjs", fake, ("SHARDS", "4")) is not { } node) return;

        Assert.Equal(0, node.ExitCode);
        Assert.Contains("OK: discord.js identified 4 shards", node.Stdout);
        Assert.Equal(0, fake.Gateway.IdentifyRateLimitedCount);
        Assert.Equal([0, 1, 2, 3], fake.Gateway.AcceptedIdentifies.Select(i => i.ShardId).Order());
    }

    private sealed record NodeRun(int ExitCode, string Stdout);

    /// <summary>Runs a script of tests/fidelity/discord against the fake; null (reported) when node or discord.js is missing outside CI.</summary>
    private async Task<NodeRun?> RunNodeAsync(string scriptName, FakeDiscordServer fake, params (string Name, string Value)[] environment)
    {
        var script = Path.Combine(RepositoryRoot(), "tests", "fidelity", "discord");
        var required = Environment.GetEnvironmentVariable("CAREERBOT_FIDELITY") == "1";
        var missing = !File.Exists(Path.Combine(script, "node_modules", "discord.js", "package.json")) ? "tests/fidelity/discord/node_modules (run `npm ci` there)"
            : FindOnPath("node") is null ? "node on PATH" : null;
        if (missing is not null)
        {
            Assert.False(required, $"CAREERBOT_FIDELITY=1 but {missing} is missing.");
            output.WriteLine($"NOT RUN: the discord.js fidelity check needs {missing}.");
            return null;
        }

        var start = new ProcessStartInfo("node", scriptName)
        {
            WorkingDirectory = script,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["FAKE_DISCORD_URL"] = $"http://127.0.0.1:{fake.Port}", ["FAKE_DISCORD_TOKEN"] = fake.Options.Token },
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw;
        }
        output.WriteLine(await stdout);
        output.WriteLine(await stderr);
        return new NodeRun(node.ExitCode, await stdout);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CareerBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("CareerBot.sln not found above " + AppContext.BaseDirectory);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}

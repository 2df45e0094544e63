using System.Diagnostics;
using CareerBot.FakeSlack;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Slack;

/// <summary>
/// Runs only when CAREERBOT_FIDELITY=1 (set by .ci/run after `npm ci` in tests/fidelity/slack) and node_modules exist;
/// otherwise it is reported as skipped with the reason.
/// </summary>
public sealed class FidelityFactAttribute : FactAttribute
{
    public FidelityFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CAREERBOT_FIDELITY") != "1")
            Skip = "Fidelity check skipped: set CAREERBOT_FIDELITY=1 after `npm ci --prefix tests/fidelity/slack` to run the real @slack clients against the fake.";
        else if (!Directory.Exists(Path.Combine(FakeSlackFidelityTests.ScriptDirectory, "node_modules", "@slack")))
            Skip = $"Fidelity check skipped: {FakeSlackFidelityTests.ScriptDirectory}/node_modules is missing; run `npm ci --prefix tests/fidelity/slack`.";
    }
}

public sealed class FakeSlackFidelityTests(ITestOutputHelper output)
{
    public static string ScriptDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CareerBot.sln"))) return Path.Combine(dir.FullName, "tests", "fidelity", "slack");
            return Path.GetFullPath("tests/fidelity/slack");
        }
    }

    [FidelityFact]
    public async Task Official_slack_npm_clients_work_against_the_fake()
    {
        await using var fake = await FakeSlackServer.StartAsync(options: new FakeSlackOptions { CloseAfterDisconnect = TimeSpan.FromSeconds(2) });
        var start = new ProcessStartInfo("node", ["fidelity.mjs", fake.BaseUrl.ToString()])
        {
            WorkingDirectory = ScriptDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await node.WaitForExitAsync(timeout.Token);
        output.WriteLine(await stdout);
        output.WriteLine(await stderr);

        Assert.Equal(0, node.ExitCode);
        // What the npm clients did is also what the fake recorded.
        Assert.Contains(fake.Posts, p => p.Channel == "C0FIDELITY" && p.ThreadTs == "1700000100.000100" && p.Text == "fidelity reply");
        Assert.Contains(fake.Calls, c => c.Method == "chat.postMessage" && c.Status == 429);
        Assert.True(fake.SocketsOpened >= 2, "the client reconnected after refresh_requested");
        Assert.Contains(fake.Uploads, u => u.Completed && u.Channel == "C0FIDELITY");
        var view = Assert.Single(fake.Views);
        Assert.Equal(("kbedit:phd-value:0", "U0FIDELITY"), (view.CallbackId, view.UserId));
        Assert.Equal("errors", Assert.Single(fake.ViewSubmissions).ResponseAction);
    }
}

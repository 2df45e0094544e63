using System.Diagnostics;
using CareerBot.Core.Configuration;
using CareerBot.FakeSlack;
using CareerBot.IntegrationTests.Discord;
using CareerBot.IntegrationTests.Slack;

namespace CareerBot.IntegrationTests.Operations;

/// <summary>The real binary: a configuration a person must fix ends every adapter with the one documented exit code; the version is shown and sent.</summary>
[Collection(DiscordCollection.Name)]
public class ExitCodeAndVersionTests
{
    private static Process Start(IDictionary<string, string> environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CareerBot.dll"));
        foreach (var a in arguments) info.ArgumentList.Add(a);
        info.Environment["Storage__DataDirectory"] = Path.Combine(Path.GetTempPath(), "careerbot-exit-" + Guid.NewGuid().ToString("N"));
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = Process.Start(info)!;
        process.StandardInput.Close();
        return process;
    }

    private static async Task<(int Code, string Stderr)> ExitAsync(Process process)
    {
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stderr);
    }

    private static Dictionary<string, string> Slack(FakeSlackServer fake, string? botToken = null) => new()
    {
        ["Slack__BotToken"] = botToken ?? fake.Options.BotToken,
        ["Slack__AppToken"] = fake.Options.AppToken,
        ["Slack__ApiBaseUrl"] = fake.ApiUrl.ToString(),
    };

    [Fact]
    public async Task A_refused_slack_bot_token_exits_with_the_fatal_configuration_code()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        using var process = Start(Slack(fake, botToken: "xoxb-0-0-refusedrefusedrefused"));

        var (code, stderr) = await ExitAsync(process);

        Assert.Equal(FatalConfigurationError.ExitCode, code);
        Assert.Contains("Slack:BotToken was refused by Slack", stderr);
    }

    [Fact]
    public async Task Socket_mode_turned_off_by_slack_exits_with_the_fatal_configuration_code_not_0()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        using var process = Start(Slack(fake));
        await Eventually.WaitUntilAsync(() => fake.SocketsOpened > 0, "the bot's Socket Mode connection", timeoutSeconds: 60);

        await fake.DisconnectAllAsync("link_disabled");

        var (code, stderr) = await ExitAsync(process);
        Assert.Equal(FatalConfigurationError.ExitCode, code);
        Assert.Contains("CareerBot stopped: Slack disabled Socket Mode for this app (link_disabled)", stderr);
    }

    [Fact]
    public async Task Version_option_prints_the_release_number()
    {
        using var process = Start(new Dictionary<string, string>(), "--version");
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", CareerBotVersion.Current);
        Assert.StartsWith(CareerBotVersion.Current, stdout.Trim());
    }

    [Fact]
    public async Task Discord_requests_carry_the_version_in_the_user_agent()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        Assert.NotEmpty(bot.Fake.Rest.Requests);
        Assert.All(bot.Fake.Rest.Requests, r => Assert.Equal($"DiscordBot (https://github.com/careerbot, {CareerBotVersion.Current}) CareerBot/{CareerBotVersion.Current}", r.Header("User-Agent")));
    }
}

using System.Diagnostics;
using CareerBot.FakeDiscord;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>The real binary with a Discord token configured: a token Discord refuses ends the process with a clear message and exit code 3.</summary>
[Collection(DiscordCollection.Name)]
public class DiscordCommandLineTests
{
    [Fact]
    public async Task A_refused_token_exits_with_code_3_and_says_which_key_to_fix()
    {
        await using var fake = await DiscordBotHarness.StartFakeAsync();
        fake.Gateway.RejectIdentify = true;
        var info = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "CareerBot.dll"))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["Discord__Token"] = fake.Options.Token,
                ["Discord__ApiBaseUrl"] = fake.RestUrl,
                ["Discord__RegisterCommands"] = "false",
            },
        };
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.Equal(3, process.ExitCode);
        var log = await stderr;
        Assert.Contains("4004", log);
        Assert.Contains("Discord:Token", log);
        Assert.DoesNotContain(fake.Options.Token, log + await stdout);
    }
}

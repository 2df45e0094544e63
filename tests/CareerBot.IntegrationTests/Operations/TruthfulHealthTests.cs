using CareerBot.CommandLine;
using CareerBot.Composition;
using CareerBot.FakeDiscord;
using CareerBot.FakeSlack;
using CareerBot.IntegrationTests.Discord;
using CareerBot.IntegrationTests.Slack;
using CareerBot.Operations;
using CareerBot.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.IntegrationTests.Operations;

/// <summary>/healthz reports what members experience: a Discord gateway that is down, answers served without the moderators' revisions.</summary>
[Collection(DiscordCollection.Name)]
public class TruthfulHealthTests
{
    [Fact]
    public async Task The_discord_check_is_healthy_while_connected_and_unhealthy_once_the_gateway_is_gone()
    {
        var fake = await DiscordBotHarness.StartFakeAsync();
        await using var bot = await DiscordBotHarness.StartAsync(fake);
        var health = bot.Host.Services.GetRequiredService<HealthCheckService>();
        await FakeDiscordServer.WaitUntilAsync(() => health.CheckHealthAsync().GetAwaiter().GetResult().Entries["discord"].Status == HealthStatus.Healthy, what: "a healthy discord check");
        Assert.Contains("gateway connected (1 shard", (await health.CheckHealthAsync()).Entries["discord"].Description);

        await fake.DisposeAsync();

        await FakeDiscordServer.WaitUntilAsync(() => health.CheckHealthAsync().GetAwaiter().GetResult().Entries["discord"].Status == HealthStatus.Unhealthy, what: "an unhealthy discord check");
        Assert.Contains("shard 0 not connected", (await health.CheckHealthAsync()).Entries["discord"].Description);
    }

    [Fact]
    public async Task Revisions_not_loaded_at_start_are_Degraded_with_the_reason_and_logged_once_loudly()
    {
        var logs = new CapturedLogs();
        var builder = CareerBotHostBuilder.Create(LogLevel.Warning, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=careerbot;Username=careerbot;Password=x;Timeout=2",
        });
        builder.Services.AddOperations(builder.Configuration);
        logs.AddTo(builder.Services);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var storage = (await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries["storage"];

            Assert.Equal(HealthStatus.Degraded, storage.Status);
            Assert.Contains("the moderators' revisions are not served", storage.Description);
            Assert.Contains("127.0.0.1", storage.Description);
            Assert.Single(logs.Entries, e => e.StartsWith("Critical", StringComparison.Ordinal) && e.Contains("ANSWERS ARE SERVED WITHOUT THE MODERATORS' REVISIONS", StringComparison.Ordinal));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task One_start_up_line_names_the_version_adapters_knowledge_count_and_store()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var logs = new CapturedLogs();
        var settings = SlackBotHost.Settings(fake);
        settings["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "careerbot-startup-" + Guid.NewGuid().ToString("N"));
        var builder = ChatRunner.CreateBuilder(null, settings);
        logs.AddTo(builder.Services);
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();

        var line = Assert.Single(logs.Entries, e => e.Contains("CareerBot.Operations.StartupLogLine", StringComparison.Ordinal));
        Assert.StartsWith("Information", line);
        Assert.Contains($"CareerBot {Core.Configuration.CareerBotVersion.Current} started: adapters Slack;", line);
        Assert.Matches(@"; \d+ knowledge entries; store SQLite .*careerbot\.db; moderators' revisions served", line);
        // A normal start is not reported as a recovery.
        Assert.DoesNotContain(logs.Entries, e => e.Contains("revision store is back", StringComparison.Ordinal));
        Directory.Delete(settings["Storage:DataDirectory"]!, recursive: true);
    }
}

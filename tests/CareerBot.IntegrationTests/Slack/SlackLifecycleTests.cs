using CareerBot.FakeSlack;
using CareerBot.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace CareerBot.IntegrationTests.Slack;

public sealed class SlackLifecycleTests
{
    private static async Task<HealthReportEntry> SlackHealthAsync(SlackBotHost bot) =>
        (await bot.Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries["slack"];

    [Theory]
    [InlineData(SlackMode.SocketMode)]
    [InlineData(SlackMode.Http)]
    public async Task Slack_health_is_healthy_once_started(SlackMode mode)
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake, mode);

        var health = await SlackHealthAsync(bot);

        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.Contains(mode == SlackMode.Http ? "HTTP endpoints" : "Socket Mode connection", health.Description);
    }

    [Fact]
    public async Task Link_disabled_stops_the_host_and_reports_unhealthy()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake);
        var stopping = bot.Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        await fake.DisconnectAllAsync("link_disabled");

        await Eventually.WaitUntilAsync(() => stopping.IsCancellationRequested, "the host to stop");
        var health = await SlackHealthAsync(bot);
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains("link_disabled", health.Description);
        Assert.Equal(1, fake.SocketsOpened);
    }
}

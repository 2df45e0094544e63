using CareerBot.CommandLine;
using CareerBot.Core.Configuration;
using CareerBot.FakeSlack;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.IntegrationTests.Slack;

public sealed class SlackStartupTests
{
    [Fact]
    public async Task Refused_bot_token_stops_the_host_with_a_message_naming_the_key_and_the_fatal_configuration_exit_code()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var settings = SlackBotHost.Settings(fake);
        settings["Slack:BotToken"] = "xoxb-revoked-token";

        using var host = SlackBotHost.Builder(settings).Build();
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Slack:BotToken", e.Message);
        Assert.Contains("invalid_auth", e.Message);
        Assert.DoesNotContain("xoxb-revoked-token", e.Message);

        Assert.Equal(FatalConfigurationError.ExitCode, await HostRun.RunAsync(SlackBotHost.Builder(settings), CancellationToken.None));
    }

    [Fact]
    public async Task Refused_app_token_stops_start_up_naming_Slack_AppToken()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var settings = SlackBotHost.Settings(fake);
        settings["Slack:AppToken"] = "xapp-wrong";

        using var host = SlackBotHost.Builder(settings).Build();
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Slack:AppToken", e.Message);
        Assert.Contains("invalid_auth", e.Message);
        Assert.Equal(0, fake.SocketsOpened);
    }

    [Fact]
    public async Task Missing_app_token_in_socket_mode_fails_validation_naming_the_key()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var settings = SlackBotHost.Settings(fake);
        settings["Slack:AppToken"] = "";

        using var host = SlackBotHost.Builder(settings).Build();
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Slack:AppToken", e.Message);
        Assert.Contains("xapp-", e.Message);
        Assert.Empty(fake.Calls);
    }
}

using CareerBot.FakeSlack;
using CareerBot.IntegrationTests.Slack;
using CareerBot.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.IntegrationTests.Operations;

/// <summary>The real host with the Slack adapter on a fake Slack, its logs captured, started; for the operations tests.</summary>
internal static class SlackTestHost
{
    public static async Task<IHost> StartAsync(FakeSlackServer fake, CapturedLogs logs, SlackMode mode = SlackMode.SocketMode,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var all = SlackBotHost.Settings(fake, mode);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var builder = SlackBotHost.Builder(all);
        logs.AddTo(builder.Services);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>Where a host started in HTTP mode with <paramref name="settings"/> takes Events API requests.</summary>
    public static Uri EventsUrl(IReadOnlyDictionary<string, string?> settings) => new($"http://127.0.0.1:{settings["Slack:HttpPort"]}/slack/events");
}

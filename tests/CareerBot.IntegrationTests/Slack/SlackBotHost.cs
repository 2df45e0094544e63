using CareerBot.Composition;
using CareerBot.FakeSlack;
using CareerBot.Slack;
using CareerBot.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.IntegrationTests.Slack;

/// <summary>The real CareerBot host with the Slack adapter, configured in memory to talk to a <see cref="FakeSlackServer"/>.</summary>
internal sealed class SlackBotHost : IAsyncDisposable
{
    private SlackBotHost(IHost host, int httpPort)
    {
        Host = host;
        HttpBase = new Uri($"http://127.0.0.1:{httpPort}/slack/");
    }

    public IHost Host { get; }
    public Uri HttpBase { get; }
    public Uri EventsUrl => new(HttpBase, "events");
    public Uri CommandsUrl => new(HttpBase, "commands");
    public Uri InteractivityUrl => new(HttpBase, "interactivity");

    public static Dictionary<string, string?> Settings(FakeSlackServer fake, SlackMode mode = SlackMode.SocketMode) => new()
    {
        ["Slack:BotToken"] = fake.Options.BotToken,
        ["Slack:AppToken"] = fake.Options.AppToken,
        ["Slack:SigningSecret"] = fake.Options.SigningSecret,
        ["Slack:ApiBaseUrl"] = fake.ApiUrl.ToString(),
        ["Slack:Mode"] = mode.ToString(),
        ["Slack:HttpPort"] = LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = CareerBotHostBuilder.Create(LogLevel.Warning, settings);
        builder.Services.AddSlackAdapter(builder.Configuration);
        return builder;
    }

    public static async Task<SlackBotHost> StartAsync(FakeSlackServer fake, SlackMode mode = SlackMode.SocketMode, IReadOnlyDictionary<string, string?>? extra = null,
        Action<IServiceCollection>? configure = null)
    {
        var settings = Settings(fake, mode);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        var builder = Builder(settings);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new SlackBotHost(host, int.Parse(settings["Slack:HttpPort"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}

/// <summary>Polling with generous limits: the machine is shared and slow at times, so tests wait for outcomes, never for fixed delays.</summary>
internal static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<T?> probe, string what, int timeoutSeconds = 30) where T : class
    {
        var until = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (DateTime.UtcNow < until)
        {
            if (probe() is { } value) return value;
            await Task.Delay(25);
        }
        throw new TimeoutException($"Waited {timeoutSeconds} s for {what}.");
    }

    public static async Task WaitUntilAsync(Func<bool> condition, string what, int timeoutSeconds = 30) =>
        await WaitForAsync(() => condition() ? "" : null, what, timeoutSeconds);
}

using CareerBot.Composition;
using CareerBot.Discord;
using CareerBot.Discord.Connection;
using CareerBot.FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>The real host with the Discord adapter, configured against an in-process fake Discord on loopback.</summary>
public sealed class DiscordBotHarness : IAsyncDisposable
{
    /// <summary>Protocol waits shrunk so reconnect scenarios take milliseconds; the protocol itself is unchanged.</summary>
    public static readonly GatewayTimings FastTimings = GatewayTimings.Discord with
    {
        InvalidSessionMinDelay = TimeSpan.FromMilliseconds(50),
        InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(200),
        BackoffBase = TimeSpan.FromMilliseconds(100),
        BackoffCap = TimeSpan.FromSeconds(1),
        IdentifyWindow = TimeSpan.FromMilliseconds(100),
        IdentifyMargin = TimeSpan.FromMilliseconds(50),
    };

    private DiscordBotHarness(FakeDiscordServer fake, IHost host, bool ownsFake, string dataDirectory)
    {
        Fake = fake;
        Host = host;
        _ownsFake = ownsFake;
        _dataDirectory = dataDirectory;
    }

    private readonly bool _ownsFake;
    private readonly string _dataDirectory;

    public FakeDiscordServer Fake { get; }
    public IHost Host { get; }

    /// <summary>A fake that enforces the IDENTIFY window the harness's bots keep (<see cref="FastTimings"/>).</summary>
    public static async Task<FakeDiscordServer> StartFakeAsync(FakeDiscordOptions? options = null)
    {
        var fake = new FakeDiscordServer((options ?? new FakeDiscordOptions { HeartbeatIntervalMs = 1000 }) with { IdentifyWindow = FastTimings.IdentifyWindow });
        await fake.StartAsync();
        return fake;
    }

    /// <summary>
    /// Starts the bot (and a fake unless one is given) and waits until the bot is connected and has registered its commands.
    /// The fake's first guild is the bot's home guild (<c>Discord:GuildIds:0</c>) unless <paramref name="homeGuild"/> is false.
    /// </summary>
    public static async Task<DiscordBotHarness> StartAsync(FakeDiscordServer? fake = null, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null, bool waitUntilReady = true, bool homeGuild = true)
    {
        var ownsFake = fake is null;
        fake ??= await StartFakeAsync();
        // Each bot gets its own SQLite folder, so one test's /kb edits and ratings never show up in another.
        var dataDirectory = Path.Combine(Path.GetTempPath(), "careerbot-discord-test-" + Guid.NewGuid().ToString("N"));
        var configuration = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Discord:Token"] = fake.Options.Token,
            ["Discord:ApiBaseUrl"] = fake.RestUrl,
        };
        if (homeGuild) configuration["Discord:GuildIds:0"] = fake.Options.GuildIds[0];
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) configuration[key] = value;
        var builder = CareerBotHostBuilder.Create(LogLevel.Warning, configuration);
        builder.Services.AddSingleton(FastTimings);
        builder.Services.AddDiscordAdapter(builder.Configuration);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        var harness = new DiscordBotHarness(fake, host, ownsFake, dataDirectory);
        if (waitUntilReady)
            await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.LiveConnections > 0 && fake.Rest.Commands.Count > 0, what: "the bot to connect and register commands");
        return harness;
    }

    /// <summary>Bot messages that reply to <paramref name="messageId"/> (accepted by the fake).</summary>
    public IReadOnlyList<System.Text.Json.Nodes.JsonObject> RepliesTo(string messageId) =>
        Fake.Messages.Where(m => m["message_reference"]?["message_id"]?.GetValue<string>() == messageId).ToList();

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await Host.StopAsync(timeout.Token);
        }
        finally
        {
            Host.Dispose();
            if (_ownsFake) await Fake.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}

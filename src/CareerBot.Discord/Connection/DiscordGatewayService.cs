using System.Threading.Channels;
using CareerBot.Core.Configuration;
using CareerBot.Discord.Inbound;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Moderation;
using CareerBot.Discord.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Connection;

/// <summary>
/// The Discord adapter's hosted service: runs this process's shards, the dispatcher workers behind their bounded channel, the reply senders,
/// and slash-command registration after the first READY. It owns and awaits every one of those tasks; a fatal gateway
/// close (bad token, disallowed intents) stops the host with a clear error instead of reconnecting in a loop.
/// </summary>
public sealed class DiscordGatewayService(
    IOptions<DiscordOptions> options,
    IGatewayDiscovery discovery,
    IServiceProvider services,
    DiscordEventDispatcher dispatcher,
    ReplyOutbox outbox,
    DiscordIdentity identity,
    CommandRegistrar registrar,
    DiscordModeratorCheck moderators,
    DiscordConnectionStatus status,
    DiscordMetrics metrics,
    FatalConfigurationError fatal,
    IHostApplicationLifetime lifetime,
    GatewayTimings timings,
    IdentifyGate identifyGate,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Resolving the metrics created the gauges; they read the connection status whenever /metrics is scraped.
        GC.KeepAlive(metrics);
        var settings = options.Value;
        if (!moderators.AnyoneCanModerate)
            logger.LogWarning("Nobody on Discord is a moderator: set Discord:GuildIds (or Discord:ModeratorGuildIds) to your own server, or Discord:ModeratorRoleIds / Discord:ModeratorUserIds, to allow /kb there");
        if (settings.ShardId is not null && !identifyGate.SharesTurns)
            logger.LogWarning("Discord:ShardId is set but the store is not PostgreSQL: this shard process cannot take IDENTIFY turns with the others, so Discord may refuse IDENTIFYs of shards started together. Set Storage:Provider to PostgreSql (one database for the fleet)");
        var events = Channel.CreateBounded<GatewayDispatch>(new BoundedChannelOptions(settings.EventQueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var stopSending = new CancellationTokenSource();
        var workers = dispatcher.RunAsync(events.Reader, settings.DispatchWorkers, stop.Token);
        var senders = outbox.RunAsync(stopSending.Token);
        try
        {
            var shards = await ShardsAsync(settings, stop.Token);
            logger.LogInformation("Discord adapter starting shards {Shards}", string.Join(", ", shards.Select(s => s.ToString())));
            var clients = shards.Select(shard => RunShardAsync(shard, events.Writer, stop)).ToList();
            if (settings.RegisterCommands && shards.Any(s => s.Id == 0))
                clients.Add(RegisterCommandsAsync(stop.Token));
            await Task.WhenAll(clients);
        }
        catch (GatewayFatalException e)
        {
            status.Fail(e.Message);
            fatal.Report(e.Message);
            logger.LogCritical("Discord adapter stopped: {Reason}", e.Message);
            lifetime.StopApplication();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            events.Writer.TryComplete();
            await stop.CancelAsync();
            // Event workers first: the replies they queue while finishing are still sent, then the senders drain.
            await workers;
            await stopSending.CancelAsync();
            await senders;
            logger.LogInformation("Discord adapter stopped");
        }
    }

    private async Task<IReadOnlyList<ShardInfo>> ShardsAsync(DiscordOptions settings, CancellationToken cancellationToken)
    {
        if (settings is { ShardId: { } id, ShardCount: { } count }) return [new ShardInfo(id, count)];
        var total = settings.ShardCount ?? await RecommendedShardsAsync(cancellationToken);
        return Enumerable.Range(0, Math.Max(1, total)).Select(i => new ShardInfo(i, Math.Max(1, total))).ToList();
    }

    /// <summary>Discord being unreachable at start is waited out with back-off; only a refused token is fatal.</summary>
    private async Task<int> RecommendedShardsAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return (await discovery.GetGatewayBotAsync(cancellationToken)).Shards;
            }
            catch (Exception e) when (e is HttpRequestException or Api.DiscordRestException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                var delay = timings.Backoff.Delay(attempt, Random.Shared.NextDouble());
                logger.LogWarning("GET /gateway/bot failed ({Problem}); trying again in {Delay:0.0} s", e.Message, delay.TotalSeconds);
                await Task.Delay(delay, cancellationToken);
            }
        }
    }

    private async Task RunShardAsync(ShardInfo shard, ChannelWriter<GatewayDispatch> events, CancellationTokenSource stop)
    {
        var client = ActivatorUtilities.CreateInstance<GatewayClient>(services, shard, options.Value.Token);
        try
        {
            await client.RunAsync(events, stop.Token);
        }
        catch (GatewayFatalException)
        {
            // One shard refused for good: stop the others too.
            await stop.CancelAsync();
            throw;
        }
    }

    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        var ready = await identity.WhenReadyAsync(cancellationToken);
        await registrar.RegisterAsync(ready.Application.Id, cancellationToken);
    }
}

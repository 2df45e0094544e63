using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Connection;

/// <summary>
/// Keeps one shard connected: discovers the gateway, runs a <see cref="GatewayConnection"/>, and after it ends resumes,
/// re-identifies or stops as the close told it, with exponential back-off and jitter between attempts.
/// </summary>
public sealed class GatewayClient(
    ShardInfo shard,
    string token,
    IGatewayDiscovery discovery,
    IGatewayTransportFactory transports,
    IdentifyGate identifyGate,
    DiscordIdentity identity,
    GatewayTimings timings,
    TimeProvider time,
    ILogger<GatewayClient> logger,
    IDispatchFilter? filter = null,
    DiscordConnectionStatus? status = null)
{
    private const int ResumeUrlAttempts = 3;

    private readonly GatewaySession _session = new();

    public ShardInfo Shard => shard;

    /// <summary>Runs until cancelled; throws <see cref="GatewayFatalException"/> when Discord refuses us for good.</summary>
    public async Task RunAsync(ChannelWriter<GatewayDispatch> events, CancellationToken cancellationToken)
    {
        var failures = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            GatewayDisconnect outcome;
            var established = false;
            try
            {
                // The resume URL is preferred; after repeated failures there, the session is resumed through the discovery URL.
                var url = _session.CanResume && failures < ResumeUrlAttempts ? _session.ResumeUrl! : await DiscoverAsync(cancellationToken);
                await using var transport = transports.Create();
                var connection = new GatewayConnection(transport, _session, shard, token, identifyGate, events, identity, timings, time, logger, filter, status);
                outcome = await connection.RunAsync(WithQuery(url), cancellationToken);
                established = connection.Established;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is WebSocketException or HttpRequestException or IOException or TimeoutException or OperationCanceledException or Api.DiscordRestException)
            {
                outcome = GatewayDisconnect.Resume($"could not connect ({e.Message})");
            }
            status?.Disconnected(shard.Id, outcome.Reason, time.GetUtcNow());

            if (outcome.Action == GatewayAction.Fatal)
            {
                logger.LogCritical("Shard {Shard} stops: {Reason}", shard, outcome.Reason);
                throw new GatewayFatalException(outcome.Reason);
            }
            if (outcome.Action == GatewayAction.Identify) _session.Clear();
            failures = established ? 0 : failures + 1;
            var delay = outcome.Delay ?? timings.Backoff.Delay(failures - 1, Random.Shared.NextDouble());
            logger.LogInformation("Shard {Shard} disconnected: {Reason}; will {Action} in {Delay:0.0} s",
                shard, outcome.Reason, _session.CanResume ? "resume" : "identify", delay.TotalSeconds);
            if (delay > TimeSpan.Zero) await Task.Delay(delay, time, cancellationToken);
        }
    }

    private async Task<Uri> DiscoverAsync(CancellationToken cancellationToken)
    {
        // Fetched before every new session (not cached for long): the IDENTIFY allowance changes.
        var info = await discovery.GetGatewayBotAsync(cancellationToken);
        identifyGate.Update(info.SessionStartLimit);
        return new Uri(info.Url);
    }

    /// <summary>Discord gives URLs without version or encoding; the same query goes on the resume URL.</summary>
    public static Uri WithQuery(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}

using CareerBot.Adapters.Connection;
using CareerBot.Core.Configuration;
using CareerBot.Slack.Api;
using CareerBot.Slack.Inbound;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Connection;

/// <summary>
/// Keeps one Socket Mode connection alive. On <c>warning</c>/<c>refresh_requested</c> (or a drop) it opens the next
/// connection and waits for its hello before closing the old one, so no envelope falls into a gap; failed attempts
/// back off exponentially with jitter; <c>link_disabled</c> or a refused app token stops the host.
/// </summary>
public sealed class SocketModeService(
    SlackApiClient api,
    ISocketModeTransportFactory transports,
    SlackInboundRouter router,
    SlackMetrics metrics,
    SlackConnectionStatus status,
    FatalConfigurationError fatal,
    IOptions<SlackOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<SocketModeService> logger) : BackgroundService
{
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(10);
    private int _nextId;
    private SocketModeConnection? _first;

    public ReconnectBackoff Backoff { get; init; } = ReconnectBackoff.Default;

    /// <summary>The first connection is opened during start, so a refused app token stops start-up with a clear message.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Mode != SlackMode.SocketMode) return;
        try
        {
            _first = await ConnectWithRetryAsync(cancellationToken);
        }
        catch (SlackApiException e) when (e.IsAuthFailure)
        {
            throw new OptionsValidationException(SlackOptions.Section, typeof(SlackOptions),
                [$"Slack:AppToken was refused by Slack: apps.connections.open answered {e.Error}. Use an app-level token (xapp-…) with the connections:write scope, and turn Socket Mode on for the app."]);
        }
        await base.StartAsync(cancellationToken);
    }

    /// <summary>How long a replaced connection may stay open waiting for Slack to close it (Slack closes within about 10 s of a warning).</summary>
    public static readonly TimeSpan RetireGrace = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var current = _first!;
        var retiring = Task.CompletedTask;
        try
        {
            while (true)
            {
                var reason = await current.Disconnected.WaitAsync(stoppingToken);
                status.Report(false, $"Socket Mode connection {current.Id} ended ({reason})");
                if (reason is "link_disabled" or "socket_mode_disabled")
                {
                    logger.LogCritical("Slack disabled Socket Mode for this app ({Reason}); CareerBot stops. Turn Socket Mode on again or set Slack:Mode to Http", reason);
                    status.Report(false, $"Slack disabled Socket Mode ({reason})");
                    fatal.Report($"Slack disabled Socket Mode for this app ({reason})");
                    lifetime.StopApplication();
                    return;
                }
                // The old connection keeps reading (and acking) until the new one has said hello, and after that until Slack closes it.
                var next = await ConnectWithRetryAsync(stoppingToken);
                await retiring;
                retiring = current.RetireAsync(RetireGrace, time, stoppingToken).AsTask();
                current = next;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (SlackApiException e) when (e.IsAuthFailure)
        {
            logger.LogCritical("Slack:AppToken was refused while reconnecting (apps.connections.open: {Error}); CareerBot stops", e.Error);
            status.Report(false, $"Slack:AppToken refused ({e.Error})");
            fatal.Report($"Slack:AppToken was refused while reconnecting ({e.Error})");
            lifetime.StopApplication();
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "The Socket Mode connection loop died; CareerBot stops");
            lifetime.StopApplication();
        }
        finally
        {
            await current.DisposeAsync();
            await retiring;
        }
    }

    private async Task<SocketModeConnection> ConnectWithRetryAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await ConnectOnceAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException && !(e is SlackApiException { IsAuthFailure: true }))
            {
                var delay = Backoff.Delay(attempt, Random.Shared.NextDouble());
                logger.LogWarning("Opening a Socket Mode connection failed ({Error}); retrying in {Delay}", e.Message, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    private async Task<SocketModeConnection> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        var url = await api.OpenSocketModeConnectionAsync(cancellationToken);
        var transport = transports.Create();
        var connection = new SocketModeConnection(Interlocked.Increment(ref _nextId), transport, router, metrics, logger);
        try
        {
            await transport.ConnectAsync(url, cancellationToken);
            connection.Start();
            await connection.Hello.WaitAsync(HelloTimeout, time, cancellationToken);
            logger.LogInformation("Socket Mode connection {Id} is open", connection.Id);
            metrics.ConnectionOpened();
            status.Report(true, $"Socket Mode connection {connection.Id} open since {time.GetUtcNow():u}");
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

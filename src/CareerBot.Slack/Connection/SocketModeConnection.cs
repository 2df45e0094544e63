using System.Diagnostics;
using System.Text.Json;
using CareerBot.Slack.Inbound;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Connection;

/// <summary>
/// One Socket Mode WebSocket: its read loop acknowledges every envelope on this same socket before anything else,
/// then hands the payload to the router (which only queues it). The one exception is a modal submission: its ack
/// carries the outcome, so the worker that checks it sends the ack on this socket (within Slack's 3 s). It keeps
/// reading after a <c>disconnect</c> frame so envelopes that still arrive on it are acked while the next connection
/// opens, and after that until Slack closes it (<see cref="RetireAsync"/>).
/// </summary>
public sealed class SocketModeConnection : IAsyncDisposable
{
    private readonly ISocketModeTransport _transport;
    private readonly SlackInboundRouter _router;
    private readonly SlackMetrics _metrics;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _disconnected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _readLoop = Task.CompletedTask;

    public SocketModeConnection(int id, ISocketModeTransport transport, SlackInboundRouter router, SlackMetrics metrics, ILogger logger)
    {
        Id = id;
        _transport = transport;
        _router = router;
        _metrics = metrics;
        _logger = logger;
    }

    public int Id { get; }
    /// <summary>Completes when Slack's hello arrives: only then is the connection usable.</summary>
    public Task Hello => _hello.Task;
    /// <summary>Completes with the disconnect reason (<c>warning</c>, <c>refresh_requested</c>, <c>link_disabled</c>…) or <c>closed</c>.</summary>
    public Task<string> Disconnected => _disconnected.Task;

    public void Start() => _readLoop = ReadLoopAsync(_stop.Token);

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await _transport.ReceiveTextAsync(cancellationToken) is { } text)
                await HandleFrameAsync(text, cancellationToken);
            _logger.LogInformation("Slack closed Socket Mode connection {Id}", Id);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _logger.LogWarning("Socket Mode connection {Id} failed: {Error}", Id, e.Message);
        }
        finally
        {
            _hello.TrySetException(new IOException($"Socket Mode connection {Id} closed before Slack said hello."));
            _disconnected.TrySetResult("closed");
        }
    }

    private async Task HandleFrameAsync(string text, CancellationToken cancellationToken)
    {
        var read = Stopwatch.GetTimestamp();
        SocketModeFrame frame;
        try
        {
            frame = SocketModeFrame.Parse(text);
        }
        catch (JsonException e)
        {
            _logger.LogWarning("Ignoring a Socket Mode frame that is not JSON: {Error}", e.Message);
            return;
        }
        switch (frame.Type)
        {
            case "hello":
                _hello.TrySetResult();
                return;
            case "disconnect":
                _logger.LogInformation("Slack asks Socket Mode connection {Id} to disconnect: {Reason}", Id, frame.Reason);
                _disconnected.TrySetResult(frame.Reason ?? "unknown");
                return;
        }
        if (frame.EnvelopeId is null) return;
        var envelopeId = frame.EnvelopeId;
        // A modal submission is acked by the worker that checks it, on this socket, so the ack can keep the modal open with errors.
        if (frame.Type == "interactive" && _router.RouteInteraction(frame.Payload, (payload, ct) => SendAsync(SocketModeFrame.Ack(envelopeId, payload), ct)))
            return;
        // Ack first, on the socket that delivered the envelope: Slack redelivers anything not acked within 3 s.
        await SendAsync(SocketModeFrame.Ack(envelopeId), cancellationToken);
        _metrics.Acked(Stopwatch.GetElapsedTime(read));
        switch (frame.Type)
        {
            case "events_api":
                _router.RouteEventCallback(frame.Payload, frame.RetryAttempt);
                break;
            case "slash_commands" when SlackEventMapper.ToSlashCommand(SlackEventMapper.Fields(frame.Payload)) is { } command:
                _router.RouteSlashCommand(command);
                break;
            case "interactive":
                // Already routed above; a button click needs only the plain ack.
                break;
            default:
                _logger.LogDebug("Acknowledged a Socket Mode {Type} envelope the bot does not handle", frame.Type);
                break;
        }
    }

    private async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        await _send.WaitAsync(cancellationToken);
        try
        {
            await _transport.SendTextAsync(text, cancellationToken);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>
    /// Retires a connection Slack asked to replace, once the next one is open: it keeps reading and acking until Slack
    /// closes it, and only closes it itself after <paramref name="grace"/>. Closing first would race with envelopes
    /// already on their way: once our close frame is sent they can no longer be acked, and Slack redelivers them late.
    /// </summary>
    public async ValueTask RetireAsync(TimeSpan grace, TimeProvider time, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(_readLoop, Task.Delay(grace, time, wait.Token));
        await wait.CancelAsync();
        await DisposeAsync();
    }

    /// <summary>Close handshake (bounded), then stops the read loop and waits for it.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _send.WaitAsync(timeout.Token);
            try { await _transport.CloseAsync(timeout.Token); }
            finally { _send.Release(); }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or System.Net.WebSockets.WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            _logger.LogDebug("Closing Socket Mode connection {Id}: {Error}", Id, e.Message);
        }
        await _stop.CancelAsync();
        await _readLoop;
        await _transport.DisposeAsync();
        _stop.Dispose();
        _send.Dispose();
    }
}

using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using System.Threading.RateLimiting;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// One gateway connection from HELLO to close: heartbeats (first one jittered, zombie detection), IDENTIFY or RESUME,
/// sequence tracking, and the read loop that hands dispatches to a bounded channel without waiting for their handlers.
/// It returns what to do next; <see cref="GatewayClient"/> does it.
/// </summary>
public sealed class GatewayConnection(
    IGatewayTransport transport,
    GatewaySession session,
    ShardInfo shard,
    string token,
    IdentifyGate identifyGate,
    ChannelWriter<GatewayDispatch> events,
    DiscordIdentity identity,
    GatewayTimings timings,
    TimeProvider time,
    ILogger logger,
    IDispatchFilter? filter = null)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SlidingWindowRateLimiter _sendBudget = new(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = timings.SendsPerMinute,
        Window = TimeSpan.FromMinutes(1),
        SegmentsPerWindow = 6,
        QueueLimit = 64,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });
    private volatile bool _awaitingAck;
    private volatile bool _zombie;

    /// <summary>True once READY or RESUMED arrived on this connection (the back-off resets).</summary>
    public bool Established { get; private set; }

    public async Task<GatewayDisconnect> RunAsync(Uri url, CancellationToken cancellationToken)
    {
        await transport.ConnectAsync(url, cancellationToken);
        using var connectionEnd = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task? heartbeat = null;
        try
        {
            var hello = await ReceiveHelloAsync(cancellationToken);
            if (hello.Disconnect is { } early) return early;
            heartbeat = HeartbeatLoopAsync(hello.Interval, connectionEnd.Token);

            if (session.CanResume)
            {
                logger.LogInformation("Shard {Shard} resuming session at sequence {Sequence}", shard, session.Sequence);
                await SendAsync(GatewayPayloadCodec.Resume(token, session.SessionId!, session.Sequence), cancellationToken);
            }
            else
            {
                await identifyGate.WaitForTurnAsync(shard.Id, cancellationToken);
                await SendAsync(GatewayPayloadCodec.Identify(token, GatewayIntents.CareerBot, shard), cancellationToken);
            }
            return await ReadLoopAsync(cancellationToken);
        }
        // ClientWebSocket throws ObjectDisposedException when read after Abort (e.g. the heartbeat loop aborted a zombie while the
        // read loop was handing an event over).
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            return GatewayDisconnect.Resume(_zombie ? "no heartbeat ACK (zombie connection)" : $"connection dropped ({e.Message})");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: 1000 ends the session so Discord shows the bot offline at once.
            await CloseQuietlyAsync(GatewayCloseCodes.Normal, "shutting down");
            throw;
        }
        finally
        {
            await connectionEnd.CancelAsync();
            if (heartbeat is not null) await heartbeat;
            _sendBudget.Dispose();
        }
    }

    private async Task<(TimeSpan Interval, GatewayDisconnect? Disconnect)> ReceiveHelloAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timings.HelloTimeout);
        GatewayFrame frame;
        try
        {
            frame = await transport.ReceiveAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            transport.Abort();
            return (default, GatewayDisconnect.Resume($"no HELLO within {timings.HelloTimeout.TotalSeconds:0} s"));
        }
        if (frame.IsClose) return (default, GatewayCloseCodes.Classify(frame.CloseCode, frame.CloseReason));
        var payload = GatewayPayloadCodec.Decode(frame.Payload.Span);
        if (payload.Op == GatewayOpCode.Reconnect)
            return (default, GatewayDisconnect.Resume("RECONNECT before HELLO", TimeSpan.Zero));
        if (payload.Op != GatewayOpCode.Hello || !payload.Data.TryGetProperty("heartbeat_interval", out var interval))
        {
            await CloseQuietlyAsync(GatewayCloseCodes.Resumable, "expected HELLO");
            return (default, GatewayDisconnect.Resume($"expected HELLO, got op {(int)payload.Op}"));
        }
        return (TimeSpan.FromMilliseconds(interval.GetDouble()), null);
    }

    private async Task<GatewayDisconnect> ReadLoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var frame = await transport.ReceiveAsync(cancellationToken);
            if (frame.IsClose)
                return _zombie ? GatewayDisconnect.Resume("no heartbeat ACK (zombie connection)") : GatewayCloseCodes.Classify(frame.CloseCode, frame.CloseReason);

            GatewayPayload payload;
            try
            {
                payload = GatewayPayloadCodec.Decode(frame.Payload.Span, filter);
            }
            catch (JsonException e)
            {
                logger.LogWarning("Shard {Shard} ignored a gateway frame that is not valid JSON: {Problem}", shard, e.Message);
                continue;
            }

            switch (payload.Op)
            {
                case GatewayOpCode.Dispatch:
                    await OnDispatchAsync(payload, cancellationToken);
                    break;
                case GatewayOpCode.Heartbeat:
                    await SendHeartbeatAsync(cancellationToken);
                    break;
                case GatewayOpCode.HeartbeatAck:
                    _awaitingAck = false;
                    break;
                case GatewayOpCode.Reconnect:
                    await CloseQuietlyAsync(GatewayCloseCodes.Resumable, "reconnect requested");
                    return GatewayDisconnect.Resume("Discord asked for a RECONNECT", TimeSpan.Zero);
                case GatewayOpCode.InvalidSession:
                    var resumable = payload.Data.ValueKind == JsonValueKind.True;
                    await CloseQuietlyAsync(GatewayCloseCodes.Resumable, "invalid session");
                    if (resumable) return GatewayDisconnect.Resume("INVALID_SESSION (resumable)");
                    session.Clear();
                    var wait = timings.InvalidSessionMinDelay + (timings.InvalidSessionMaxDelay - timings.InvalidSessionMinDelay) * Random.Shared.NextDouble();
                    return GatewayDisconnect.Identify("INVALID_SESSION (not resumable)", wait);
            }
        }
    }

    private async Task OnDispatchAsync(GatewayPayload payload, CancellationToken cancellationToken)
    {
        if (payload.Sequence is { } sequence) session.Observe(sequence);
        switch (payload.EventName)
        {
            case "READY":
                var ready = payload.Data.Deserialize<ReadyEvent>(DiscordJson.Options)
                    ?? throw new JsonException("READY without data");
                session.Start(ready.SessionId, new Uri(ready.ResumeGatewayUrl));
                identity.Observe(ready);
                Established = true;
                logger.LogInformation("Shard {Shard} READY as {User} ({UserId})", shard, ready.User.Username, ready.User.Id);
                break;
            case "RESUMED":
                Established = true;
                logger.LogInformation("Shard {Shard} RESUMED at sequence {Sequence}", shard, session.Sequence);
                break;
        }
        if (payload is { EventName: { } name, Filtered: false })
            await events.WriteAsync(new GatewayDispatch(shard.Id, name, payload.Data, payload.Sequence), cancellationToken);
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            // The first beat is jittered so that many clients reconnecting at once do not beat in step.
            await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken);
            while (true)
            {
                if (_awaitingAck)
                {
                    _zombie = true;
                    logger.LogWarning("Shard {Shard}: no heartbeat ACK within {Interval} ms; closing the zombie connection to resume", shard, interval.TotalMilliseconds);
                    await CloseQuietlyAsync(GatewayCloseCodes.Resumable, "heartbeat ACK missing");
                    transport.Abort();
                    return;
                }
                await SendHeartbeatAsync(cancellationToken);
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            // The read loop sees the same broken socket and decides what to do.
            logger.LogDebug("Shard {Shard} heartbeat stopped: {Problem}", shard, e.Message);
        }
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken)
    {
        _awaitingAck = true;
        return SendAsync(GatewayPayloadCodec.Heartbeat(session.Sequence), cancellationToken);
    }

    /// <summary>The single writer: the socket allows one send at a time, and Discord closes a connection that sends over 120 payloads a minute.</summary>
    private async Task SendAsync(byte[] payload, CancellationToken cancellationToken)
    {
        using var lease = await _sendBudget.AcquireAsync(1, cancellationToken);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await transport.SendAsync(payload, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CloseQuietlyAsync(int code, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                await transport.CloseAsync(code, reason, timeout.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            logger.LogDebug("Shard {Shard} could not send close {Code}: {Problem}", shard, code, e.Message);
        }
    }
}

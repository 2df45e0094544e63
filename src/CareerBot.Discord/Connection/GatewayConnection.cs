using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using System.Threading.RateLimiting;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Connection;

/// <summary>
/// One gateway connection from HELLO to close: heartbeats (first one jittered, zombie detection), IDENTIFY or RESUME,
/// sequence tracking, and the read loop (on a thread of its own) that hands dispatches to a bounded channel without waiting for their handlers.
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
    IDispatchFilter? filter = null,
    DiscordConnectionStatus? status = null)
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
        using var connectionEnd = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var hello = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = ReadOnOwnThread(url, hello, connectionEnd.Token);
        Task? heartbeat = null;
        try
        {
            var helloTimeout = Task.Delay(timings.HelloTimeout, time, connectionEnd.Token);
            var first = await Task.WhenAny(hello.Task, reading, helloTimeout);
            cancellationToken.ThrowIfCancellationRequested();
            // Closed, refused or failed before HELLO: the reader's outcome or exception (GatewayClient reports "could not connect").
            if (first == reading) return await reading;
            if (first == helloTimeout) return GatewayDisconnect.Resume($"no HELLO within {timings.HelloTimeout.TotalSeconds:0} s");
            heartbeat = HeartbeatLoopAsync(await hello.Task, connectionEnd.Token);

            if (session.CanResume)
            {
                logger.LogInformation("Shard {Shard} resuming session at sequence {Sequence}", shard, session.Sequence);
                await SendAsync(GatewayPayloadCodec.Resume(token, session.SessionId!, session.Sequence), cancellationToken);
            }
            else
            {
                await using (await identifyGate.WaitForTurnAsync(shard.Id, cancellationToken))
                    await SendAsync(GatewayPayloadCodec.Identify(token, GatewayIntents.CareerBot, shard), cancellationToken);
            }
            return await reading.WaitAsync(cancellationToken);
        }
        // ClientWebSocket throws ObjectDisposedException when read after Abort (e.g. the heartbeat loop aborted a zombie).
        catch (Exception e) when (hello.Task.IsCompletedSuccessfully && !cancellationToken.IsCancellationRequested
            && e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
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
            // The reader may still be blocked in a receive: aborting the socket ends it, and it is always awaited.
            if (!reading.IsCompleted) transport.Abort();
            await ((Task)reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (heartbeat is not null) await heartbeat;
            _sendBudget.Dispose();
        }
    }

    /// <summary>
    /// Connects and reads on a thread of its own, with blocking receives (see <see cref="BlockingSocketStream"/>): a frame
    /// costs one thread wake-up, and a dispatch no handler wants is dropped right there. Only what a handler wants crosses
    /// to the event workers, through the bounded channel.
    /// </summary>
    private Task<GatewayDisconnect> ReadOnOwnThread(Uri url, TaskCompletionSource<TimeSpan> hello, CancellationToken connectionEnd) =>
        DedicatedThread.Run($"Discord gateway reader (shard {shard.Id})", () =>
        {
            transport.Connect(url, connectionEnd);
            return ReceiveHello(hello) ?? ReadLoop(connectionEnd);
        });

    /// <summary>Null once HELLO arrived (its interval is handed to <paramref name="hello"/>); otherwise how the connection ended.</summary>
    private GatewayDisconnect? ReceiveHello(TaskCompletionSource<TimeSpan> hello)
    {
        var frame = transport.Receive(batched: false);
        if (frame.IsClose) return GatewayCloseCodes.Classify(frame.CloseCode, frame.CloseReason);
        var payload = GatewayPayloadCodec.Decode(frame.Payload.Span);
        if (payload.Op == GatewayOpCode.Reconnect)
            return GatewayDisconnect.Resume("RECONNECT before HELLO", TimeSpan.Zero);
        if (payload.Op != GatewayOpCode.Hello || !payload.Data.TryGetProperty("heartbeat_interval", out var interval))
        {
            CloseQuietlyAsync(GatewayCloseCodes.Resumable, "expected HELLO").GetAwaiter().GetResult();
            return GatewayDisconnect.Resume($"expected HELLO, got op {(int)payload.Op}");
        }
        var heartbeatInterval = TimeSpan.FromMilliseconds(interval.GetDouble());
        status?.Hello(shard.Id, heartbeatInterval, time.GetUtcNow());
        hello.TrySetResult(heartbeatInterval);
        return null;
    }

    /// <summary>The reader thread's loop. Its rare waits (a full event queue, a heartbeat asked for, a close) block this thread only.</summary>
    private GatewayDisconnect ReadLoop(CancellationToken connectionEnd)
    {
        var batched = true;
        while (true)
        {
            var frame = transport.Receive(batched);
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

            // Discord waits only 3 s for an interaction's first response: after one, the next frame (often another, in a
            // burst) is read as soon as it comes, not batched with the messages.
            batched = payload.EventName != "INTERACTION_CREATE";
            switch (payload.Op)
            {
                case GatewayOpCode.Dispatch:
                    OnDispatch(payload, connectionEnd);
                    break;
                case GatewayOpCode.Heartbeat:
                    SendHeartbeatAsync(connectionEnd).GetAwaiter().GetResult();
                    break;
                case GatewayOpCode.HeartbeatAck:
                    _awaitingAck = false;
                    status?.HeartbeatAcked(shard.Id, time.GetUtcNow());
                    break;
                case GatewayOpCode.Reconnect:
                    CloseQuietlyAsync(GatewayCloseCodes.Resumable, "reconnect requested").GetAwaiter().GetResult();
                    return GatewayDisconnect.Resume("Discord asked for a RECONNECT", TimeSpan.Zero);
                case GatewayOpCode.InvalidSession:
                    var resumable = payload.Data.ValueKind == JsonValueKind.True;
                    CloseQuietlyAsync(GatewayCloseCodes.Resumable, "invalid session").GetAwaiter().GetResult();
                    if (resumable) return GatewayDisconnect.Resume("INVALID_SESSION (resumable)");
                    session.Clear();
                    var wait = timings.InvalidSessionMinDelay + (timings.InvalidSessionMaxDelay - timings.InvalidSessionMinDelay) * Random.Shared.NextDouble();
                    return GatewayDisconnect.Identify("INVALID_SESSION (not resumable)", wait);
            }
        }
    }

    private void OnDispatch(GatewayPayload payload, CancellationToken connectionEnd)
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
                status?.Connected(shard.Id, $"READY as {ready.User.Username}", time.GetUtcNow());
                logger.LogInformation("Shard {Shard} READY as {User} ({UserId})", shard, ready.User.Username, ready.User.Id);
                break;
            case "RESUMED":
                Established = true;
                status?.Connected(shard.Id, "RESUMED", time.GetUtcNow());
                logger.LogInformation("Shard {Shard} RESUMED at sequence {Sequence}", shard, session.Sequence);
                break;
        }
        if (payload is not { EventName: { } name, Filtered: false }) return;
        var dispatch = new GatewayDispatch(shard.Id, name, payload.Data, payload.Sequence);
        // Waits only while the event queue is full: back-pressure, as the channel is meant to give.
        if (!events.TryWrite(dispatch)) events.WriteAsync(dispatch, connectionEnd).AsTask().GetAwaiter().GetResult();
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

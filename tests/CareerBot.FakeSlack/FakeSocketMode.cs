using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CareerBot.FakeSlack;

/// <summary>
/// Socket Mode side of the fake: one-time tickets, hello first, envelopes to any open socket (round-robin), acks
/// required on the delivering socket within <see cref="FakeSlackOptions.AckTimeout"/>, else redelivery with
/// retry_attempt n+1 and retry_reason "timeout" (events only, 3 retries), and disconnect frames on demand.
/// </summary>
public sealed partial class FakeSlackServer
{
    private readonly ConcurrentDictionary<int, FakeSocket> _sockets = new();
    private readonly ConcurrentDictionary<string, PendingEnvelope> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Task> _background = [];
    private int _socketIds;
    private int _roundRobin;

    public ConcurrentQueue<FakeAck> Acks { get; } = new();
    public ConcurrentQueue<FakeDelivery> Deliveries { get; } = new();
    public int OpenSocketCount => _sockets.Count;
    public int SocketsOpened => Volatile.Read(ref _socketIds);

    private sealed class FakeSocket(int id, WebSocket socket)
    {
        private readonly SemaphoreSlim _send = new(1, 1);
        public int Id { get; } = id;
        public WebSocket Socket { get; } = socket;

        public async Task SendAsync(string text, CancellationToken cancellationToken)
        {
            await _send.WaitAsync(cancellationToken);
            try { await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken); }
            finally { _send.Release(); }
        }

        /// <summary>Our close frame, never interleaved with a send (a WebSocket allows one send at a time).</summary>
        public async Task CloseOutputAsync(WebSocketCloseStatus status, string reason, CancellationToken cancellationToken)
        {
            await _send.WaitAsync(cancellationToken);
            try
            {
                if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived) await Socket.CloseOutputAsync(status, reason, cancellationToken);
            }
            finally { _send.Release(); }
        }
    }

    private sealed record PendingEnvelope(int SocketId, long SentAt, TaskCompletionSource Acked);

    /// <summary>Delivers an inner event (app_mention, message…) wrapped in an event_callback; returns its event_id.</summary>
    public string SendEvent(JsonObject innerEvent, string? eventId = null)
    {
        eventId ??= NextId("Ev");
        Track(DeliverAsync("events_api", EventCallback(innerEvent, eventId), eventId, 0));
        return eventId;
    }

    /// <summary>Delivers a slash command; returns the id of its response_url (see <see cref="Responses"/>).</summary>
    public string SendSlashCommand(string command, string text, string userId, string channelId)
    {
        var responseId = NextId("R");
        Track(DeliverAsync("slash_commands", SlashCommandFields(command, text, userId, channelId, responseId), null, 0));
        return responseId;
    }

    /// <summary>Sends a disconnect frame (warning, refresh_requested, link_disabled…) to every open socket, and closes them later as Slack does.</summary>
    public async Task DisconnectAllAsync(string reason)
    {
        var frame = new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "fake-slack" } }.ToJsonString();
        foreach (var socket in _sockets.Values)
        {
            await socket.SendAsync(frame, _stopping.Token);
            Track(CloseLaterAsync(socket));
        }
    }

    /// <summary>Drops every socket without a close handshake, as a network failure would; events sent meanwhile wait for a new socket.</summary>
    public void DropAllSockets()
    {
        foreach (var socket in _sockets.Values) socket.Socket.Abort();
    }

    private async Task CloseLaterAsync(FakeSocket socket)
    {
        await Task.Delay(Options.CloseAfterDisconnect, _stopping.Token);
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "disconnect", _stopping.Token);
    }

    private JsonObject EventCallback(JsonObject innerEvent, string eventId) => new()
    {
        ["token"] = "legacy-verification-token", ["team_id"] = Options.TeamId, ["api_app_id"] = Options.AppId,
        ["event"] = innerEvent, ["type"] = "event_callback", ["event_id"] = eventId,
        ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = Options.TeamId, ["user_id"] = Options.BotUserId, ["is_bot"] = true, ["is_enterprise_install"] = false }),
        ["is_ext_shared_channel"] = false,
    };

    private JsonObject SlashCommandFields(string command, string text, string userId, string channelId, string responseId) => new()
    {
        ["token"] = "legacy-verification-token", ["team_id"] = Options.TeamId, ["team_domain"] = "fake",
        ["channel_id"] = channelId, ["channel_name"] = "general", ["user_id"] = userId, ["user_name"] = userId.ToLowerInvariant(),
        ["command"] = command, ["text"] = text, ["api_app_id"] = Options.AppId, ["is_enterprise_install"] = "false",
        ["response_url"] = new Uri(BaseUrl, "response/" + responseId).ToString(), ["trigger_id"] = NewTrigger(userId),
    };

    private void Track(Task task) => _background.Add(task);

    private async Task DeliverAsync(string type, JsonObject payload, string? eventId, int attempt, string? envelopeId = null)
    {
        try
        {
            envelopeId ??= Guid.NewGuid().ToString();
            var envelope = new JsonObject
            {
                ["envelope_id"] = envelopeId, ["type"] = type, ["payload"] = payload.DeepClone(),
                ["accepts_response_payload"] = type != "events_api",
            };
            if (type == "events_api")
            {
                envelope["retry_attempt"] = attempt;
                envelope["retry_reason"] = attempt == 0 ? "" : "timeout";
            }
            var pending = await SendOnSomeSocketAsync(envelopeId, envelope.ToJsonString());
            Deliveries.Enqueue(new FakeDelivery(envelopeId, type, eventId, attempt, pending.SocketId, DateTimeOffset.UtcNow));
            var deadline = Task.Delay(Options.AckTimeout, _stopping.Token);
            var acked = await Task.WhenAny(pending.Acked.Task, deadline) == pending.Acked.Task;
            // A late ack is still recorded (with its latency), but the envelope is redelivered all the same.
            if (acked || type != "events_api" || attempt >= Options.RetryDelays.Count) return;
            await Task.Delay(Options.RetryDelays[attempt], _stopping.Token);
            await DeliverAsync(type, payload, eventId, attempt + 1);
        }
        catch (OperationCanceledException)
        {
            // The fake is stopping.
        }
    }

    /// <summary>
    /// Sends on an open socket; when that socket closes under the send, nothing reached the bot, so the envelope goes
    /// out on another socket as the same attempt (not as a retry), as Slack routes to whichever socket is open.
    /// </summary>
    private async Task<PendingEnvelope> SendOnSomeSocketAsync(string envelopeId, string envelope)
    {
        while (true)
        {
            var socket = await PickSocketAsync();
            var pending = new PendingEnvelope(socket.Id, Stopwatch.GetTimestamp(), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            _pending[envelopeId] = pending;
            try
            {
                await socket.SendAsync(envelope, _stopping.Token);
                return pending;
            }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException or InvalidOperationException)
            {
                _pending.TryRemove(envelopeId, out _);
                await Task.Delay(10, _stopping.Token);
            }
        }
    }

    /// <summary>Round-robin over open sockets; waits (bounded) while none is open, as Slack buffers events.</summary>
    private async Task<FakeSocket> PickSocketAsync()
    {
        for (var waited = 0; waited < 600; waited++)
        {
            var open = _sockets.Values.Where(s => s.Socket.State == WebSocketState.Open).OrderBy(s => s.Id).ToArray();
            if (open.Length > 0) return open[(int)((uint)Interlocked.Increment(ref _roundRobin) % open.Length)];
            await Task.Delay(50, _stopping.Token);
        }
        throw new OperationCanceledException("No Socket Mode connection opened within 30 s.");
    }

    private async Task HandleSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        // Tickets are single-use, as Slack's are.
        if (context.Request.Query["ticket"].ToString() is not { Length: > 0 } ticket || !_tickets.TryRemove(ticket, out _))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        using var ws = await context.WebSockets.AcceptWebSocketAsync();
        var socket = new FakeSocket(Interlocked.Increment(ref _socketIds), ws);
        if (_sockets.Count >= Options.MaxSockets)
        {
            await socket.SendAsync("""{"type":"disconnect","reason":"too_many_websockets"}""", _stopping.Token);
            await ws.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, "too many websockets", _stopping.Token);
            return;
        }
        _sockets[socket.Id] = socket;
        try
        {
            var hello = new JsonObject
            {
                ["type"] = "hello", ["num_connections"] = _sockets.Count,
                ["debug_info"] = new JsonObject { ["host"] = "fake-slack", ["build_number"] = 1, ["approximate_connection_time"] = 18060 },
                ["connection_info"] = new JsonObject { ["app_id"] = Options.AppId },
            };
            await socket.SendAsync(hello.ToJsonString(), _stopping.Token);
            await ReadAcksAsync(socket);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            _sockets.TryRemove(socket.Id, out _);
        }
    }

    private async Task ReadAcksAsync(FakeSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.Socket.ReceiveAsync(buffer, _stopping.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", _stopping.Token);
                return;
            }
            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage) continue;
            var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            if (JsonNode.Parse(text) is not JsonObject ack || ack["envelope_id"]?.GetValue<string>() is not { } envelopeId) continue;
            if (!_pending.TryRemove(envelopeId, out var pending)) continue;
            Acks.Enqueue(new FakeAck(envelopeId, socket.Id, Stopwatch.GetElapsedTime(pending.SentAt), pending.SocketId == socket.Id, ack["payload"]?.DeepClone()));
            // An ack on another socket does not count, as with Slack.
            if (pending.SocketId == socket.Id) pending.Acked.TrySetResult();
            if (_submissionEnvelopes.TryRemove(envelopeId, out var submitted))
                RecordSubmissionAnswer(submitted.ViewId, submitted.UserId, pending.SocketId == socket.Id ? ack["payload"] as JsonObject : null);
        }
    }

    private async Task CloseSocketsAsync()
    {
        foreach (var socket in _sockets.Values)
            if (socket.Socket.State == WebSocketState.Open) socket.Socket.Abort();
        try { await Task.WhenAll(_background); }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException) { }
    }
}

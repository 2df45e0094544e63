using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CareerBot.FakeDiscord;

/// <summary>
/// The fake gateway: HELLO, required heartbeats, IDENTIFY/READY/GUILD_CREATE, RESUME with replay of missed dispatches,
/// close codes as Discord documents them, shard routing, and levers to force RECONNECT, INVALID_SESSION and drops.
/// </summary>
public sealed class FakeGateway(FakeDiscordOptions options, Func<string> gatewayBaseUrl)
{
    // Every intent bit Discord defines (0–25); anything else closes with 4013.
    private const long KnownIntents = (1L << 26) - 1 & ~(1L << 11) & ~(1L << 17) & ~(1L << 18) & ~(1L << 19);
    private const long MessageContent = 1 << 15;

    private readonly List<FakeGatewaySession> _sessions = [];
    private readonly ConcurrentDictionary<FakeGatewayConnection, byte> _connections = new();
    private readonly Dictionary<int, long> _lastIdentifyByBucket = [];
    private readonly ConcurrentQueue<AcceptedIdentify> _acceptedIdentifies = new();
    private int _identifyCount;
    private int _identifyRateLimitedCount;
    private int _resumeCount;

    public ConcurrentDictionary<string, int> ConnectionsByPath { get; } = new();
    public ConcurrentQueue<int?> ClientCloseCodes { get; } = new();
    public ConcurrentQueue<JsonNode?> Heartbeats { get; } = new();
    /// <summary>When each heartbeat arrived (Stopwatch timestamps), to check a busy client still beats on time.</summary>
    public ConcurrentQueue<long> HeartbeatTimes { get; } = new();
    public int IdentifyCount => _identifyCount;
    public int ResumeCount => _resumeCount;
    /// <summary>IDENTIFYs refused with op 9 because their bucket had one within <see cref="FakeDiscordOptions.IdentifyWindow"/>.</summary>
    public int IdentifyRateLimitedCount => _identifyRateLimitedCount;
    /// <summary>Every IDENTIFY that started a session, in order, with its bucket and when it arrived (Stopwatch timestamp).</summary>
    public IReadOnlyList<AcceptedIdentify> AcceptedIdentifies => [.. _acceptedIdentifies];
    /// <summary>Zombie mode: heartbeats are received but never acknowledged.</summary>
    public bool WithholdHeartbeatAcks { get; set; }
    /// <summary>Every IDENTIFY is refused with 4004, as for a bad or reset token.</summary>
    public bool RejectIdentify { get; set; }

    public IReadOnlyList<FakeGatewaySession> Sessions { get { lock (_sessions) return _sessions.ToList(); } }

    public int LiveConnections => _connections.Keys.Count(c => c.Session is not null && c.Socket.State == WebSocketState.Open);

    public async Task HandleAsync(HttpContext context, string path)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, path);
        _connections[connection] = 0;
        ConnectionsByPath.AddOrUpdate(path, 1, (_, n) => n + 1);
        using var end = new CancellationTokenSource();
        Task? watchdog = null;
        try
        {
            if (context.Request.Query["v"] != "10")
            {
                await connection.CloseAsync(4012, "Invalid API version");
                return;
            }
            if (context.Request.Query["encoding"] is { Count: > 0 } encoding && encoding != "json")
            {
                await connection.CloseAsync(4002, "Decode error");
                return;
            }
            await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = options.HeartbeatIntervalMs } });
            connection.LastHeartbeat = DateTimeOffset.UtcNow;
            watchdog = WatchHeartbeatsAsync(connection, end.Token);
            await ReceiveLoopAsync(connection);
        }
        finally
        {
            await end.CancelAsync();
            if (watchdog is not null) await watchdog;
            _connections.TryRemove(connection, out _);
            if (connection.Session is { } session && session.Connection == connection) session.Connection = null;
        }
    }

    private async Task ReceiveLoopAsync(FakeGatewayConnection connection)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            try
            {
                do
                {
                    result = await connection.Socket.ReceiveAsync(buffer.GetMemory(4096), CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close) break;
                    buffer.Advance(result.Count);
                } while (!result.EndOfMessage);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                return;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                var code = (int?)connection.Socket.CloseStatus;
                ClientCloseCodes.Enqueue(code);
                // A client closing with 1000/1001 ends its session; any other code keeps it resumable.
                if (code is 1000 or 1001 && connection.Session is { } ended) ended.Ended = true;
                await connection.CloseAsync(code ?? 1000, "bye");
                return;
            }
            if (buffer.WrittenCount > 4096)
            {
                await connection.CloseAsync(4002, "Payload too large");
                return;
            }

            JsonNode? payload;
            try
            {
                payload = JsonNode.Parse(buffer.WrittenSpan);
            }
            catch (JsonException)
            {
                await connection.CloseAsync(4002, "Decode error");
                return;
            }
            var op = payload?["op"]?.GetValue<int>();
            var data = payload?["d"];
            switch (op)
            {
                case 1:
                    connection.LastHeartbeat = DateTimeOffset.UtcNow;
                    Heartbeats.Enqueue(data?.DeepClone());
                    HeartbeatTimes.Enqueue(System.Diagnostics.Stopwatch.GetTimestamp());
                    if (!WithholdHeartbeatAcks) await connection.SendAsync(new JsonObject { ["op"] = 11 });
                    break;
                case 2:
                    if (!await IdentifyAsync(connection, data)) return;
                    break;
                case 6:
                    if (!await ResumeAsync(connection, data)) return;
                    break;
                case 3 or 4 or 8 when connection.Session is not null:
                    break;
                case 3 or 4 or 8:
                    await connection.CloseAsync(4003, "Not authenticated");
                    return;
                default:
                    await connection.CloseAsync(4001, "Unknown opcode");
                    return;
            }
        }
    }

    private async Task<bool> IdentifyAsync(FakeGatewayConnection connection, JsonNode? data)
    {
        if (connection.Session is not null)
        {
            await connection.CloseAsync(4005, "Already authenticated");
            return false;
        }
        if (RejectIdentify || data?["token"]?.GetValue<string>() != options.Token)
        {
            await connection.CloseAsync(4004, "Authentication failed");
            return false;
        }
        var intents = data?["intents"]?.GetValue<long>() ?? -1;
        if (intents < 0 || (intents & ~KnownIntents) != 0)
        {
            await connection.CloseAsync(4013, "Invalid intent(s)");
            return false;
        }
        if ((intents & MessageContent) != 0 && !options.MessageContentEnabled)
        {
            await connection.CloseAsync(4014, "Disallowed intent(s)");
            return false;
        }
        var shard = data?["shard"] as JsonArray;
        var (shardId, shardCount) = shard is [{ } a, { } b] ? (a.GetValue<int>(), b.GetValue<int>()) : (0, 1);
        if (shardCount < 1 || shardId < 0 || shardId >= shardCount)
        {
            await connection.CloseAsync(4010, "Invalid shard");
            return false;
        }
        if (!TakeIdentifySlot(shardId, out var bucket, out var arrived))
        {
            // Discord answers an IDENTIFY over max_concurrency with op 9 (not resumable), not with a close code.
            Interlocked.Increment(ref _identifyRateLimitedCount);
            await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
            return true;
        }
        _acceptedIdentifies.Enqueue(new AcceptedIdentify(shardId, bucket, arrived));
        Interlocked.Increment(ref _identifyCount);

        var session = new FakeGatewaySession(Guid.NewGuid().ToString("N"), shardId, shardCount);
        lock (_sessions)
        {
            foreach (var old in _sessions.Where(s => s.ShardId == shardId && s.ShardCount == shardCount)) old.Ended = true;
            _sessions.Add(session);
        }
        connection.Session = session;
        session.Connection = connection;
        var guilds = options.GuildIds.Where(session.Owns).ToList();
        await session.Lock.WaitAsync();
        try
        {
            await connection.SendAsync(session.Number("READY", new JsonObject
            {
                ["v"] = 10,
                ["user"] = FakeDiscordPayloads.BotUser(options),
                ["guilds"] = new JsonArray(guilds.Select(g => (JsonNode)new JsonObject { ["id"] = g, ["unavailable"] = true }).ToArray()),
                ["session_id"] = session.Id,
                ["resume_gateway_url"] = gatewayBaseUrl() + "/resume",
                ["shard"] = new JsonArray(shardId, shardCount),
                ["application"] = new JsonObject { ["id"] = options.ApplicationId, ["flags"] = 0 },
                ["private_channels"] = new JsonArray(),
                ["_trace"] = new JsonArray("[\"fake-discord\"]"),
            }));
            foreach (var guild in guilds)
                await connection.SendAsync(session.Number("GUILD_CREATE", FakeDiscordPayloads.Guild(guild, options)));
        }
        finally
        {
            session.Lock.Release();
        }
        return true;
    }

    /// <summary>Counts the IDENTIFY against its bucket across every connection, unless the bucket's window is still running.</summary>
    private bool TakeIdentifySlot(int shardId, out int bucket, out long arrived)
    {
        bucket = shardId % Math.Max(1, options.MaxConcurrency);
        arrived = System.Diagnostics.Stopwatch.GetTimestamp();
        lock (_lastIdentifyByBucket)
        {
            if (_lastIdentifyByBucket.TryGetValue(bucket, out var last) && System.Diagnostics.Stopwatch.GetElapsedTime(last, arrived) < options.IdentifyWindow)
                return false;
            _lastIdentifyByBucket[bucket] = arrived;
            return true;
        }
    }

    private async Task<bool> ResumeAsync(FakeGatewayConnection connection, JsonNode? data)
    {
        if (data?["token"]?.GetValue<string>() != options.Token)
        {
            await connection.CloseAsync(4004, "Authentication failed");
            return false;
        }
        var id = data?["session_id"]?.GetValue<string>();
        var seq = data?["seq"]?.GetValue<int?>() ?? 0;
        FakeGatewaySession? session;
        lock (_sessions) session = _sessions.FirstOrDefault(s => s.Id == id && !s.Ended);
        if (session is null)
        {
            await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
            return true;
        }
        if (seq > session.LastSequence)
        {
            await connection.CloseAsync(4007, "Invalid seq");
            return false;
        }
        Interlocked.Increment(ref _resumeCount);
        await session.Lock.WaitAsync();
        try
        {
            if (session.Connection is { } previous && previous != connection) previous.Abort();
            connection.Session = session;
            session.Connection = connection;
            foreach (var missed in session.After(seq)) await connection.SendAsync(missed);
            await connection.SendAsync(session.Number("RESUMED", new JsonObject { ["_trace"] = new JsonArray("[\"fake-discord\"]") }));
        }
        finally
        {
            session.Lock.Release();
        }
        return true;
    }

    private async Task WatchHeartbeatsAsync(FakeGatewayConnection connection, CancellationToken cancellationToken)
    {
        var allowed = TimeSpan.FromMilliseconds(options.HeartbeatIntervalMs * options.HeartbeatGrace);
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(10, options.HeartbeatIntervalMs / 4)), cancellationToken);
                if (DateTimeOffset.UtcNow - connection.LastHeartbeat > allowed)
                {
                    // Discord documents no code for a silent client; 4000 keeps the session resumable.
                    await connection.CloseAsync(4000, "Heartbeat timeout");
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Numbers the event in every live session that owns the guild (DMs: shard 0) and sends it if connected; disconnected sessions keep it for replay.</summary>
    public async Task<int> DispatchAsync(string eventName, JsonNode data, string? guildId)
    {
        List<FakeGatewaySession> targets;
        lock (_sessions) targets = _sessions.Where(s => !s.Ended && s.Owns(guildId)).ToList();
        foreach (var session in targets)
        {
            await session.Lock.WaitAsync();
            try
            {
                var frame = session.Number(eventName, data);
                if (session.Connection is { } connection) await connection.SendAsync(frame);
            }
            finally
            {
                session.Lock.Release();
            }
        }
        return targets.Count;
    }

    public Task ForceReconnectAsync() => SendToAllAsync(new JsonObject { ["op"] = 7, ["d"] = null });

    public async Task InvalidateSessionsAsync(bool resumable)
    {
        if (!resumable)
            lock (_sessions)
                foreach (var s in _sessions) s.Ended = true;
        await SendToAllAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });
    }

    /// <summary>Drops every connection without a close frame (a TCP drop); sessions stay resumable.</summary>
    public void DropConnections()
    {
        foreach (var connection in _connections.Keys) connection.Abort();
    }

    public Task CloseConnectionsAsync(int code, string reason = "closed by test") =>
        Task.WhenAll(_connections.Keys.Select(c => c.CloseAsync(code, reason)));

    private Task SendToAllAsync(JsonNode payload) =>
        Task.WhenAll(_connections.Keys.Where(c => c.Session is not null).Select(c => c.SendAsync(payload.DeepClone())));
}

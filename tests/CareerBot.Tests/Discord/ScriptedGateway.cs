using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using CareerBot.Discord.Connection;

namespace CareerBot.Tests.Discord;

/// <summary>A transport factory whose connections the test plays the server side of, like a transcript.</summary>
public sealed class ScriptedGateway : IGatewayTransportFactory
{
    private readonly Channel<ScriptedConnection> _connections = Channel.CreateUnbounded<ScriptedConnection>();

    public int Created { get; private set; }

    public IGatewayTransport Create()
    {
        Created++;
        // Handed to the test once the client has connected, so its URL is known.
        return new ScriptedConnection(connected => _connections.Writer.TryWrite(connected));
    }

    public async Task<ScriptedConnection> NextConnectionAsync() =>
        await _connections.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
}

public sealed class ScriptedConnection(Action<ScriptedConnection> onConnected) : IGatewayTransport
{
    private readonly Channel<GatewayFrame> _toClient = Channel.CreateUnbounded<GatewayFrame>();
    private readonly Channel<JsonNode> _fromClient = Channel.CreateUnbounded<JsonNode>();

    public Uri? Url { get; private set; }
    public int? ClientCloseCode { get; private set; }
    public bool Aborted { get; private set; }
    /// <summary>Answer heartbeats with ACKs (off to make a zombie).</summary>
    public bool AutoAck { get; set; } = true;

    public void Connect(Uri uri, CancellationToken cancellationToken)
    {
        Url = uri;
        onConnected(this);
    }

    public Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var node = JsonNode.Parse(payload.Span)!;
        if (node["op"]!.GetValue<int>() == 1 && AutoAck) Send("""{"op":11}""");
        _fromClient.Writer.TryWrite(node);
        return Task.CompletedTask;
    }

    /// <summary>What the client asked for each receive: batched, or read at once.</summary>
    public ConcurrentQueue<bool> Receives { get; } = new();

    /// <summary>Blocks the client's reader thread, as the real transport does.</summary>
    public GatewayFrame Receive(bool batched)
    {
        Receives.Enqueue(batched);
        // As ClientWebSocket: reading an aborted socket throws ObjectDisposedException.
        if (Aborted) throw new ObjectDisposedException(nameof(ClientWebSocket));
        try
        {
            return _toClient.Reader.ReadAsync().AsTask().GetAwaiter().GetResult();
        }
        catch (ChannelClosedException)
        {
            throw new WebSocketException("connection dropped");
        }
    }

    public Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        ClientCloseCode ??= code;
        return Task.CompletedTask;
    }

    public void Abort()
    {
        Aborted = true;
        _toClient.Writer.TryComplete();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    // The server's side of the transcript.
    public void Send(string json) => _toClient.Writer.TryWrite(GatewayFrame.Text(Encoding.UTF8.GetBytes(json)));
    public void Hello(int intervalMs) => Send($$$"""{"op":10,"d":{"heartbeat_interval":{{{intervalMs}}}}}""");
    public void Ready(string sessionId = "session-1", string resumeUrl = "ws://resume.test") =>
        Send($$$"""{"op":0,"s":1,"t":"READY","d":{"v":10,"session_id":"{{{sessionId}}}","resume_gateway_url":"{{{resumeUrl}}}","user":{"id":"9","username":"careerbot","bot":true},"application":{"id":"9","flags":0},"guilds":[],"_trace":["x"]}}""");
    public void Close(int code) => _toClient.Writer.TryWrite(GatewayFrame.Closed(code, "closed by script"));
    public void Drop() => _toClient.Writer.TryComplete();

    /// <summary>The next payload the client sent with this op (heartbeats skipped unless asked for).</summary>
    public async Task<JsonNode> ExpectAsync(int op)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var payload = await _fromClient.Reader.ReadAsync(timeout.Token);
            if (payload["op"]!.GetValue<int>() == op) return payload;
        }
    }
}

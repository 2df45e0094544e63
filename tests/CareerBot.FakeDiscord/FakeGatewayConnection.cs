using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace CareerBot.FakeDiscord;

/// <summary>One client socket on the fake gateway, with a single sender.</summary>
public sealed class FakeGatewayConnection(WebSocket socket, string path)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public string Path => path;
    public WebSocket Socket => socket;
    public FakeGatewaySession? Session { get; set; }
    public DateTimeOffset LastHeartbeat { get; set; } = DateTimeOffset.UtcNow;

    public async Task SendAsync(JsonNode payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away; the session keeps the event for replay.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Abort() => socket.Abort();
}

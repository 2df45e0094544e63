using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using CareerBot.Discord.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;

namespace CareerBot.Tests.Discord;

/// <summary>The real transport (blocking reads on the caller's thread) against a loopback WebSocket server.</summary>
public sealed class WebSocketGatewayTransportTests : IAsyncLifetime
{
    private readonly Channel<WebSocket> _accepted = Channel.CreateUnbounded<WebSocket>();
    private WebApplication? _server;
    private Uri _url = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.UseWebSockets();
        _server.Run(async context =>
        {
            var socket = await context.WebSockets.AcceptWebSocketAsync();
            _accepted.Writer.TryWrite(socket);
            // Held open until the socket closes; the test plays the server through it.
            var buffer = new byte[1024];
            try
            {
                while (socket.State == WebSocketState.Open)
                {
                    var result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                    if (result.MessageType == WebSocketMessageType.Close) break;
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        });
        await _server.StartAsync();
        _url = new Uri(_server.Urls.Single().Replace("http://", "ws://") + "/gateway");
    }

    private static Task<T> OnOwnThread<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() =>
        {
            try { done.SetResult(work()); }
            catch (Exception e) { done.SetException(e); }
        }) { IsBackground = true }.Start();
        return done.Task;
    }

    [Fact]
    public async Task Frames_split_in_pieces_are_joined_and_a_close_frame_carries_its_code()
    {
        await using var transport = new WebSocketGatewayTransport();
        await OnOwnThread(() => { transport.Connect(_url, CancellationToken.None); return true; });
        var server = await _accepted.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        await server.SendAsync(Encoding.UTF8.GetBytes("""{"op":10,"""), WebSocketMessageType.Text, endOfMessage: false, CancellationToken.None);
        await server.SendAsync(Encoding.UTF8.GetBytes(""" "d":{"heartbeat_interval":41250}}"""), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        var frame = await OnOwnThread(transport.Receive).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("""{"op":10, "d":{"heartbeat_interval":41250}}""", Encoding.UTF8.GetString(frame.Payload.Span));

        await transport.SendAsync("""{"op":1,"d":null}"""u8.ToArray(), CancellationToken.None);
        await server.CloseOutputAsync((WebSocketCloseStatus)4004, "Authentication failed.", CancellationToken.None);
        var close = await OnOwnThread(transport.Receive).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(close.IsClose);
        Assert.Equal(4004, close.CloseCode);
    }

    [Fact]
    public async Task Abort_ends_a_receive_that_is_blocked_waiting_for_data()
    {
        await using var transport = new WebSocketGatewayTransport();
        await OnOwnThread(() => { transport.Connect(_url, CancellationToken.None); return true; });
        await _accepted.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        var receive = OnOwnThread(transport.Receive);
        await Task.Delay(200);
        Assert.False(receive.IsCompleted);
        transport.Abort();
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => receive.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.IsNotType<TimeoutException>(failure);
    }

    [Fact]
    public async Task A_refused_connection_fails_with_a_websocket_error()
    {
        await using var transport = new WebSocketGatewayTransport();
        var closedPort = new Uri($"ws://127.0.0.1:{FreePort()}/gateway");
        await Assert.ThrowsAsync<WebSocketException>(() => OnOwnThread(() => { transport.Connect(closedPort, CancellationToken.None); return true; }));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Channels;
using CareerBot.Discord.Connection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CareerBot.Tests.Discord;

/// <summary>The real transport (blocking reads on the caller's thread) against loopback WebSocket servers, plain and TLS.</summary>
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

    private static Task<T> OnOwnThread<T>(Func<T> work) => DedicatedThread.Run("transport test", work);

    private static Task ConnectOnOwnThread(WebSocketGatewayTransport transport, Uri url) =>
        OnOwnThread(() => { transport.Connect(url, CancellationToken.None); return true; });

    [Fact]
    public async Task Frames_split_in_pieces_are_joined_and_a_close_frame_carries_its_code()
    {
        await using var transport = new WebSocketGatewayTransport(TimeSpan.Zero);
        await ConnectOnOwnThread(transport, _url);
        var server = await _accepted.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        await server.SendAsync(Encoding.UTF8.GetBytes("""{"op":10,"""), WebSocketMessageType.Text, endOfMessage: false, CancellationToken.None);
        await server.SendAsync(Encoding.UTF8.GetBytes(""" "d":{"heartbeat_interval":41250}}"""), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        var frame = await OnOwnThread(() => transport.Receive(batched: true)).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("""{"op":10, "d":{"heartbeat_interval":41250}}""", Encoding.UTF8.GetString(frame.Payload.Span));

        await transport.SendAsync("""{"op":1,"d":null}"""u8.ToArray(), CancellationToken.None);
        await server.CloseOutputAsync((WebSocketCloseStatus)4004, "Authentication failed.", CancellationToken.None);
        var close = await OnOwnThread(() => transport.Receive(batched: true)).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(close.IsClose);
        Assert.Equal(4004, close.CloseCode);
    }

    [Fact]
    public async Task Abort_ends_a_receive_that_is_blocked_waiting_for_data()
    {
        await using var transport = new WebSocketGatewayTransport(TimeSpan.Zero);
        await ConnectOnOwnThread(transport, _url);
        await _accepted.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        var receive = OnOwnThread(() => transport.Receive(batched: true));
        await Task.Delay(200);
        Assert.False(receive.IsCompleted);
        transport.Abort();
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => receive.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.IsNotType<TimeoutException>(failure);
    }

    [Fact]
    public async Task A_refused_connection_fails_with_a_websocket_error()
    {
        await using var transport = new WebSocketGatewayTransport(TimeSpan.Zero);
        var closedPort = new Uri($"ws://127.0.0.1:{LoopbackPort.Free()}/gateway");
        await Assert.ThrowsAsync<WebSocketException>(() => ConnectOnOwnThread(transport, closedPort));
    }

    [Fact]
    public async Task Wss_works_through_the_blocking_stream_both_ways()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key,
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        await using var tls = builder.Build();
        tls.UseWebSockets();
        tls.Run(async context =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var buffer = new byte[1024];
            var received = await socket.ReceiveAsync(buffer, context.RequestAborted);
            // Echo what the client sent, then close with a code.
            await socket.SendAsync(buffer.AsMemory(0, received.Count), WebSocketMessageType.Text, endOfMessage: true, context.RequestAborted);
            await socket.CloseOutputAsync((WebSocketCloseStatus)4000, "bye", context.RequestAborted);
        });
        await tls.StartAsync();
        var url = new Uri(tls.Urls.Single().Replace("https://", "wss://") + "/gateway");

        var validated = false;
        await using var transport = new WebSocketGatewayTransport(TimeSpan.Zero, (_, presented, _, _) =>
        {
            validated = presented is not null && presented.GetCertHashString() == certificate.GetCertHashString();
            return validated;
        });
        await ConnectOnOwnThread(transport, url).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(validated);
        await transport.SendAsync("""{"op":2}"""u8.ToArray(), CancellationToken.None);
        var echo = await OnOwnThread(() => transport.Receive(batched: true)).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("""{"op":2}""", Encoding.UTF8.GetString(echo.Payload.Span));
        var close = await OnOwnThread(() => transport.Receive(batched: true)).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(4000, close.CloseCode);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

using System.Buffers;
using System.Net.Security;
using System.Net.WebSockets;

namespace CareerBot.Discord.Connection;

/// <summary>
/// The real transport: <see cref="ClientWebSocket"/> (handshake, TLS for wss, framing) over a <see cref="BlockingSocketStream"/>,
/// so a receive on the connection's reader thread is a blocking read there. A payload arriving in several frames is joined,
/// in a buffer the next receive reuses.
/// </summary>
public sealed class WebSocketGatewayTransport : IGatewayTransport
{
    private readonly ClientWebSocket _socket = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly HttpMessageInvoker _handshake;
    private BlockingSocketStream? _stream;

    /// <param name="readDelay">See <see cref="DiscordOptions.GatewayReadDelayMilliseconds"/>.</param>
    public WebSocketGatewayTransport(TimeSpan readDelay) : this(readDelay, null)
    {
    }

    /// <param name="readDelay">See <see cref="DiscordOptions.GatewayReadDelayMilliseconds"/>.</param>
    /// <param name="certificateValidation">Tests only: accepts a loopback server's self-signed certificate.</param>
    internal WebSocketGatewayTransport(TimeSpan readDelay, RemoteCertificateValidationCallback? certificateValidation)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = (context, cancellationToken) =>
                ValueTask.FromResult<Stream>(_stream = BlockingSocketStream.Connect(context.DnsEndPoint.Host, context.DnsEndPoint.Port, readDelay, cancellationToken)),
        };
        if (certificateValidation is not null) handler.SslOptions.RemoteCertificateValidationCallback = certificateValidation;
        _handshake = new HttpMessageInvoker(handler);
    }

    // Every read and write of the handshake completes synchronously, so the task is finished when ConnectAsync returns.
    public void Connect(Uri uri, CancellationToken cancellationToken) =>
        _socket.ConnectAsync(uri, _handshake, cancellationToken).GetAwaiter().GetResult();

    public async Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        await _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    public GatewayFrame Receive(bool batched)
    {
        _stream?.BatchReads = batched;
        _buffer.ResetWrittenCount();
        while (true)
        {
            var receive = _socket.ReceiveAsync(_buffer.GetMemory(8 * 1024), CancellationToken.None);
            var result = receive.IsCompleted ? receive.Result : receive.AsTask().GetAwaiter().GetResult();
            if (result.MessageType == WebSocketMessageType.Close)
                return GatewayFrame.Closed((int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            _buffer.Advance(result.Count);
            if (result.EndOfMessage) return GatewayFrame.Text(_buffer.WrittenMemory);
        }
    }

    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken);
    }

    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _handshake.Dispose();
        return ValueTask.CompletedTask;
    }
}

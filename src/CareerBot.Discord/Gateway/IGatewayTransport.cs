namespace CareerBot.Discord.Gateway;

/// <summary>The seam in front of the gateway socket: one connection, text frames in and out. Tests script it; production uses <see cref="WebSocketGatewayTransport"/>.</summary>
public interface IGatewayTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    /// <summary>Sends one whole text frame. Callers never overlap sends.</summary>
    Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);

    /// <summary>Waits for the next whole text frame, or the server's close frame. A dropped connection throws.</summary>
    Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Sends a close frame with the code (1000 ends the session; 4000 keeps it resumable).</summary>
    Task CloseAsync(int code, string reason, CancellationToken cancellationToken);

    /// <summary>Drops the connection at once; a pending receive fails.</summary>
    void Abort();
}

namespace CareerBot.Discord.Connection;

/// <summary>
/// The seam in front of the gateway socket: one connection, text frames in and out. Tests script it; production uses
/// <see cref="WebSocketGatewayTransport"/>. <see cref="Connect"/> and <see cref="Receive"/> block: only the connection's own
/// reader thread calls them, never a thread-pool thread.
/// </summary>
public interface IGatewayTransport : IAsyncDisposable
{
    /// <summary>Connects and completes the WebSocket handshake; <paramref name="cancellationToken"/> ends a connect that hangs.</summary>
    void Connect(Uri uri, CancellationToken cancellationToken);

    /// <summary>Sends one whole text frame. Callers never overlap sends.</summary>
    Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);

    /// <summary>
    /// Waits for the next whole text frame, or the server's close frame. A dropped or aborted connection throws. The payload
    /// may live in a buffer the next receive overwrites (the reader decodes it first; parsed data is copied out).
    /// </summary>
    /// <param name="batched">
    /// While frames keep coming, let them gather for the transport's read delay before reading (see
    /// <see cref="DiscordOptions.GatewayReadDelayMilliseconds"/>); false reads the next one as soon as it arrives.
    /// </param>
    GatewayFrame Receive(bool batched);

    /// <summary>Sends a close frame with the code (1000 ends the session; 4000 keeps it resumable).</summary>
    Task CloseAsync(int code, string reason, CancellationToken cancellationToken);

    /// <summary>Drops the connection at once; a pending receive fails.</summary>
    void Abort();
}

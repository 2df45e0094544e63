namespace CareerBot.Slack.Connection;

/// <summary>The seam in front of the WebSocket: text frames in and out. Tests replace it; production uses <see cref="ClientWebSocketTransport"/>.</summary>
public interface ISocketModeTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri url, CancellationToken cancellationToken);
    Task SendTextAsync(string text, CancellationToken cancellationToken);
    /// <returns>The next whole text frame, or null once the server closed the socket.</returns>
    Task<string?> ReceiveTextAsync(CancellationToken cancellationToken);
    Task CloseAsync(CancellationToken cancellationToken);
}

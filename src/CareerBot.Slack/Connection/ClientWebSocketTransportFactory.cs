namespace CareerBot.Slack.Connection;

/// <summary>The production transport factory: a new <see cref="System.Net.WebSockets.ClientWebSocket"/> per connection.</summary>
public sealed class ClientWebSocketTransportFactory : ISocketModeTransportFactory
{
    public ISocketModeTransport Create() => new ClientWebSocketTransport();
}

namespace CareerBot.Slack.Connection;

/// <summary>Makes one transport per connection attempt (a WebSocket cannot be reopened).</summary>
public interface ISocketModeTransportFactory
{
    ISocketModeTransport Create();
}

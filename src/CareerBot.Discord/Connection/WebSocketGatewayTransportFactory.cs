using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Connection;

public sealed class WebSocketGatewayTransportFactory(IOptions<DiscordOptions> options) : IGatewayTransportFactory
{
    public IGatewayTransport Create() => new WebSocketGatewayTransport(TimeSpan.FromMilliseconds(options.Value.GatewayReadDelayMilliseconds));
}

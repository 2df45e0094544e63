using CareerBot.Discord.Wire;

namespace CareerBot.Discord.Connection;

/// <summary><c>GET /gateway/bot</c>: where to connect, how many shards, how many IDENTIFYs are left.</summary>
public interface IGatewayDiscovery
{
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);
}

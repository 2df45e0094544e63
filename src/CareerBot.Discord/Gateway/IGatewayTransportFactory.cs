namespace CareerBot.Discord.Gateway;

/// <summary>Makes a fresh transport for every connection attempt.</summary>
public interface IGatewayTransportFactory
{
    IGatewayTransport Create();
}

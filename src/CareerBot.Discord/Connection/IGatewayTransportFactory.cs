namespace CareerBot.Discord.Connection;

/// <summary>Makes a fresh transport for every connection attempt.</summary>
public interface IGatewayTransportFactory
{
    IGatewayTransport Create();
}

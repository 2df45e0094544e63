using System.Net;
using System.Net.Sockets;

namespace CareerBot.Tests;

/// <summary>A loopback TCP port nothing listens on right now (the OS picks it), for a test server or a refused connection.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

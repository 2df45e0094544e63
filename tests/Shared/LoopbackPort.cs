using System.Net;
using System.Net.Sockets;

namespace CareerBot.Tests;

/// <summary>
/// A loopback TCP port nothing listens on right now (the OS picks it), for a test server or a refused connection. One source
/// file compiled into each test project that needs it (internal, so projects that reference each other do not clash).
/// </summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Net;
using System.Net.Sockets;
using CareerBot.Discord.Gateway;

namespace CareerBot.Tests.Discord;

public class BlockingSocketStreamTests
{
    private static async Task<(Stream Client, Socket Server)> ConnectAsync(TimeSpan readDelay)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accept = listener.AcceptSocketAsync();
        var client = BlockingSocketStream.Connect("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, readDelay, CancellationToken.None);
        return (client, await accept);
    }

    [Fact]
    public async Task Under_load_a_read_waits_out_the_delay_so_frames_arriving_meanwhile_come_in_one_read()
    {
        var (client, server) = await ConnectAsync(TimeSpan.FromSeconds(1));
        await using var _ = client;
        using var __ = server;
        var buffer = new byte[64];
        server.Send("a"u8);
        Assert.Equal(1, await client.ReadAsync(buffer));

        // The next read finds nothing waiting within a second of the last one, so it sleeps first; both later writes land meanwhile.
        var second = Task.Run(async () => await client.ReadAsync(buffer));
        await Task.Delay(50);
        server.Send("b"u8);
        await Task.Delay(50);
        server.Send("c"u8);
        Assert.Equal(2, await second.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("bc"u8.ToArray(), buffer[..2]);
    }

    [Fact]
    public async Task Without_a_delay_each_read_returns_what_has_arrived_so_far()
    {
        var (client, server) = await ConnectAsync(TimeSpan.Zero);
        await using var _ = client;
        using var __ = server;
        var buffer = new byte[64];
        server.Send("a"u8);
        Assert.Equal(1, await client.ReadAsync(buffer));

        var second = Task.Run(async () => await client.ReadAsync(buffer));
        await Task.Delay(50);
        server.Send("b"u8);
        Assert.Equal(1, await second.WaitAsync(TimeSpan.FromSeconds(10)));
        server.Send("c"u8);
        Assert.Equal(1, await client.ReadAsync(buffer));
    }
}

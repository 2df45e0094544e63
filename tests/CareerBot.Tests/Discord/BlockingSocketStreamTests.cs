using System.Net;
using System.Net.Sockets;
using CareerBot.Discord.Gateway;

namespace CareerBot.Tests.Discord;

public class BlockingSocketStreamTests
{
    private static async Task<(BlockingSocketStream Client, Socket Server)> ConnectAsync(TimeSpan readDelay)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accept = listener.AcceptSocketAsync();
        var client = BlockingSocketStream.Connect("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, readDelay, CancellationToken.None);
        return (client, await accept);
    }

    /// <summary>Writes each text 50 ms after the previous one, from a thread of its own (never late behind busy test threads).</summary>
    private static void WriteLater(Socket server, params string[] texts) =>
        new Thread(() =>
        {
            foreach (var text in texts)
            {
                Thread.Sleep(50);
                server.Send(System.Text.Encoding.ASCII.GetBytes(text));
            }
        }) { IsBackground = true }.Start();

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
        WriteLater(server, "b", "c");
        Assert.Equal(2, await client.ReadAsync(buffer));
        Assert.Equal("bc"u8.ToArray(), buffer[..2]);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1000, false)]
    public async Task Without_a_delay_or_with_batching_off_each_read_returns_what_has_arrived_so_far(int delayMs, bool batchReads)
    {
        var (client, server) = await ConnectAsync(TimeSpan.FromMilliseconds(delayMs));
        client.BatchReads = batchReads;
        await using var _ = client;
        using var __ = server;
        var buffer = new byte[64];
        server.Send("a"u8);
        Assert.Equal(1, await client.ReadAsync(buffer));

        WriteLater(server, "b", "c");
        Assert.Equal(1, await client.ReadAsync(buffer));
        Assert.Equal((byte)'b', buffer[0]);
        Assert.Equal(1, await client.ReadAsync(buffer));
        Assert.Equal((byte)'c', buffer[0]);
    }
}

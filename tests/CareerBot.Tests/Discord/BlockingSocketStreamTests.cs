using System.Net;
using System.Net.Sockets;
using System.Text;
using CareerBot.Discord.Connection;

namespace CareerBot.Tests.Discord;

public class BlockingSocketStreamTests
{
    /// <summary>
    /// Connects and reads one byte (so the next read comes right after a read), then has "b" and "c" written 50 ms apart from a
    /// thread of its own (never late behind busy test threads) and returns what each further read got until both arrived.
    /// </summary>
    private static async Task<List<string>> ReadsOfTwoLateWritesAsync(TimeSpan readDelay, bool batchReads)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accept = listener.AcceptSocketAsync();
        await using var client = BlockingSocketStream.Connect("127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port, readDelay, CancellationToken.None);
        using var server = await accept;
        client.BatchReads = batchReads;
        var buffer = new byte[64];
        server.Send("a"u8);
        Assert.Equal(1, await client.ReadAsync(buffer));

        new Thread(() =>
        {
            foreach (var text in new[] { "b", "c" })
            {
                Thread.Sleep(50);
                server.Send(Encoding.ASCII.GetBytes(text));
            }
        }) { IsBackground = true }.Start();
        var reads = new List<string>();
        while (reads.Sum(r => r.Length) < 2 && await client.ReadAsync(buffer) is > 0 and var read)
            reads.Add(Encoding.ASCII.GetString(buffer, 0, read));
        return reads;
    }

    [Fact]
    public async Task Under_load_a_read_waits_out_the_delay_so_frames_arriving_meanwhile_come_in_one_read()
    {
        // The read after "a" finds nothing waiting within a second of the last one, so it sleeps first; both writes land meanwhile.
        Assert.Equal(["bc"], await ReadsOfTwoLateWritesAsync(TimeSpan.FromSeconds(1), batchReads: true));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1000, false)]
    public async Task Without_a_delay_or_with_batching_off_each_read_returns_what_has_arrived_so_far(int delayMs, bool batchReads)
    {
        Assert.Equal(["b", "c"], await ReadsOfTwoLateWritesAsync(TimeSpan.FromMilliseconds(delayMs), batchReads));
    }
}

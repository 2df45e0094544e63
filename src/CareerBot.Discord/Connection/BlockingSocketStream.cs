using System.Net.Sockets;

namespace CareerBot.Discord.Connection;

/// <summary>
/// A socket stream whose reads and writes are plain blocking system calls, including the async ones, which complete before
/// they return. The gateway's reader thread reads through it: the kernel wakes that one thread when a frame arrives, where
/// an async socket wakes the .NET socket-event thread, which wakes a thread-pool worker, which wakes another (at 2,000
/// events/s that hand-off was most of an idle bot's CPU; docs/PERFORMANCE.md). No async socket call is ever made on it,
/// so .NET never switches the socket to non-blocking mode. Disposing it from another thread unblocks a pending read.
/// </summary>
/// <remarks>
/// Under load its reads come in batches (while <see cref="BatchReads"/> is on): a read that would block within <c>readDelay</c>
/// of the previous one sleeps out the rest of that interval first, so the frames arriving meanwhile are taken in one wake-up.
/// A bot's thread waking once per frame cost it more than the frames themselves (docs/PERFORMANCE.md); the first frame after a
/// quiet spell is read at once.
/// </remarks>
public sealed class BlockingSocketStream : NetworkStream
{
    private readonly long _readDelayMs;
    private long _lastReadAt = long.MinValue / 2;

    /// <summary>Off: the next reads block at once, without letting frames gather.</summary>
    public bool BatchReads { get; set; } = true;

    private BlockingSocketStream(Socket socket, TimeSpan readDelay) : base(socket, ownsSocket: true) =>
        _readDelayMs = (long)readDelay.TotalMilliseconds;

    /// <summary>Connects with blocking calls; <paramref name="cancellationToken"/> closes the socket to end a connect that hangs.</summary>
    public static BlockingSocketStream Connect(string host, int port, TimeSpan readDelay, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using (cancellationToken.Register(socket.Dispose))
                socket.Connect(host, port);
            cancellationToken.ThrowIfCancellationRequested();
            return new BlockingSocketStream(socket, readDelay);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        // A zero-byte read asks to wait for data without taking it; recv(2) with an empty buffer would return at once.
        if (buffer.IsEmpty)
        {
            Socket.Poll(-1, SelectMode.SelectRead);
            return ValueTask.FromResult(0);
        }
        var sinceLastRead = Environment.TickCount64 - _lastReadAt;
        if (BatchReads && sinceLastRead < _readDelayMs && Socket.Available == 0) Thread.Sleep((int)(_readDelayMs - sinceLastRead));
        var read = Read(buffer.Span);
        _lastReadAt = Environment.TickCount64;
        return ValueTask.FromResult(read);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer, offset, count);
        return Task.CompletedTask;
    }
}

using System.Net.Sockets;
using System.Text;

namespace CareerBot.Tests;

/// <summary>Talks to a local listener over a bare socket, for what HttpClient will not do: declare a body it never sends, or hold connections idle.</summary>
internal static class RawHttp
{
    /// <summary>How long a test waits for an answer that a correct listener gives at once; a wedged one fails the test instead of hanging it.</summary>
    private static readonly TimeSpan AnswerLimit = TimeSpan.FromSeconds(15);

    /// <summary>Sends only the headers of a POST declaring <paramref name="contentLength"/> bytes and returns the response's status line.</summary>
    public static async Task<string> PostHeadersOnlyAsync(int port, string path, long contentLength)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        var headers = $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {contentLength}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(headers));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadLineAsync().WaitAsync(AnswerLimit) ?? "(closed without a response)";
    }

    /// <summary>Opens a connection that sends nothing.</summary>
    public static async Task<TcpClient> OpenIdleAsync(int port)
    {
        var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        return client;
    }

    /// <summary>True when the server has closed <paramref name="client"/>: it is readable with nothing to read (end of stream), or reset.</summary>
    public static bool IsClosedByServer(TcpClient client)
    {
        try
        {
            return client.Client.Poll(0, SelectMode.SelectRead) && client.Client.Available == 0;
        }
        catch (SocketException)
        {
            return true;
        }
    }
}

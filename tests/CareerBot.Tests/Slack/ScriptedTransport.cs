using System.Threading.Channels;
using CareerBot.Slack.Connection;

namespace CareerBot.Tests.Slack;

/// <summary>A transport the test drives: frames it pushes are received by the connection; frames the connection sends are recorded.</summary>
internal sealed class ScriptedTransport : ISocketModeTransport
{
    private readonly Channel<string?> _incoming = Channel.CreateUnbounded<string?>();
    public Channel<string> Sent { get; } = Channel.CreateUnbounded<string>();
    public bool Closed { get; private set; }

    public void Push(string frame) => _incoming.Writer.TryWrite(frame);
    public void ServerClose() => _incoming.Writer.TryWrite(null);

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SendTextAsync(string text, CancellationToken cancellationToken)
    {
        Sent.Writer.TryWrite(text);
        return Task.CompletedTask;
    }

    public async Task<string?> ReceiveTextAsync(CancellationToken cancellationToken) => await _incoming.Reader.ReadAsync(cancellationToken);

    public Task CloseAsync(CancellationToken cancellationToken)
    {
        Closed = true;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.IntegrationTests.Operations;

/// <summary>
/// A pipeline that holds every message until the test opens the gate (or, when it never does, until the host cancels it),
/// standing in for slow work that is in progress when the host is asked to stop.
/// </summary>
public sealed class GatedPipeline : IMessagePipeline
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _entered;

    public int Entered => Volatile.Read(ref _entered);

    public void Open() => _gate.TrySetResult();

    public void ReplaceIn(IServiceCollection services)
    {
        services.Remove(services.Single(d => d.ServiceType == typeof(IMessagePipeline)));
        services.AddSingleton<IMessagePipeline>(this);
    }

    public async ValueTask<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _entered);
        await _gate.Task.WaitAsync(cancellationToken);
        return new Reply(ReplyKind.Answer, "test", 1, "answer to " + message.Text);
    }
}

using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>Wraps the real pipeline to record what the adapter handed it (a slash command's typed options, the user's moderator flag).</summary>
public static class PipelineRecorder
{
    public static void Decorate(this IServiceCollection services, List<IncomingMessage> messages) =>
        services.Decorate(message => { lock (messages) messages.Add(message); });

    private static void Decorate(this IServiceCollection services, Action<IncomingMessage> record)
    {
        var original = services.Single(d => d.ServiceType == typeof(IMessagePipeline));
        services.Remove(original);
        services.AddScoped(original.ImplementationType!);
        services.AddScoped<IMessagePipeline>(sp => new Recording((IMessagePipeline)sp.GetRequiredService(original.ImplementationType!), record));
    }

    private sealed class Recording(IMessagePipeline inner, Action<IncomingMessage> record) : IMessagePipeline
    {
        public ValueTask<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
        {
            record(message);
            return inner.HandleAsync(message, cancellationToken);
        }
    }
}

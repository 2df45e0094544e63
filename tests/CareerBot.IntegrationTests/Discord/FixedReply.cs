using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>Replaces the pipeline with one that answers every message with the same reply (to test how the adapter renders it).</summary>
public static class FixedReply
{
    /// <param name="delay">How long each answer takes (e.g. past Discord:InteractionDeferAfter, to force a deferral).</param>
    public static void ReplaceReply(this IServiceCollection services, Reply reply, TimeSpan delay = default)
    {
        services.Remove(services.Single(d => d.ServiceType == typeof(IMessagePipeline)));
        services.AddSingleton<IMessagePipeline>(new Pipeline(reply, delay));
    }

    private sealed class Pipeline(Reply reply, TimeSpan delay) : IMessagePipeline
    {
        public async ValueTask<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, cancellationToken);
            return reply;
        }
    }
}

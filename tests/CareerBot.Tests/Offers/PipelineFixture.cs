using CareerBot.Composition;
using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.Offers;

/// <summary>The real host's services (knowledge files, recognizer, handlers, detectors), one scope per message as the adapters do.</summary>
public sealed class PipelineFixture : IDisposable
{
    private readonly IHost _host = CareerBotHostBuilder.Create(LogLevel.Warning).Build();

    public IServiceProvider Services => _host.Services;

    public async Task<Reply> AskAsync(string text)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<IMessagePipeline>();
        // A new user per message: the rate limiter must not see one fast user.
        var user = new ChatUser("test", Guid.NewGuid().ToString("N"), "Tester");
        return await pipeline.HandleAsync(new IncomingMessage("test", Guid.NewGuid().ToString("N"), user, text), CancellationToken.None);
    }

    public void Dispose() => _host.Dispose();
}

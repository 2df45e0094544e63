using CareerBot.Composition;
using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests;

/// <summary>The real host's services, with the shipped knowledge, for conversation tests.</summary>
public sealed class TestBot : IDisposable
{
    private readonly IHost _host;

    public TestBot(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var builder = CareerBotHostBuilder.Create(LogLevel.Warning, settings);
        configure?.Invoke(builder.Services);
        _host = builder.Build();
    }

    public IServiceProvider Services => _host.Services;

    public static readonly ChatUser Member = new("console", "u1", "Member");
    public static readonly ChatUser Moderator = new("console", "m1", "Mod", IsModerator: true);

    public async Task<Reply> AskAsync(string text, string conversation = "c1", ChatUser? user = null)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<IMessagePipeline>();
        return await pipeline.HandleAsync(new IncomingMessage((user ?? Member).Platform, conversation, user ?? Member, text), CancellationToken.None);
    }

    public void Dispose() => _host.Dispose();
}

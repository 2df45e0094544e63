using CareerBot.Composition;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.IntegrationTests.Storage;

/// <summary>The real CareerBot host (knowledge files, pipeline, storage, hosted services) started on a test database.</summary>
public sealed class ModerationHost : IAsyncDisposable
{
    public static readonly ChatUser Alice = new("console", "alice", "alice", IsModerator: true);
    public static readonly ChatUser Bob = new("discord", "1234", "bob", IsModerator: true);
    public static readonly ChatUser Member = new("slack", "U999", "member");

    private readonly IHost _host;

    private ModerationHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public KnowledgeBase Knowledge => Services.GetRequiredService<KnowledgeBase>();

    public static async Task<ModerationHost> StartAsync(IDictionary<string, string?> settings)
    {
        var host = CareerBotHostBuilder.Create(LogLevel.Warning, settings).Build();
        await host.StartAsync();
        return new ModerationHost(host);
    }

    public async Task<Reply> SendAsync(string text, ChatUser? user = null)
    {
        user ??= Member;
        await using var scope = Services.CreateAsyncScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<IMessagePipeline>();
        return await pipeline.HandleAsync(new IncomingMessage(user.Platform, "test", user, text), CancellationToken.None);
    }

    /// <summary>Submits an edit form as an adapter does: its id and its one text field, typed.</summary>
    public async Task<Reply> SubmitFormAsync(string formId, string body, ChatUser user)
    {
        await using var scope = Services.CreateAsyncScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<IMessagePipeline>();
        var form = new FormSubmission(formId, new Dictionary<string, string> { [KnowledgeEditForm.BodyField] = body });
        return await pipeline.HandleAsync(new IncomingMessage(user.Platform, "test", user, formId) { Invocation = form }, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}

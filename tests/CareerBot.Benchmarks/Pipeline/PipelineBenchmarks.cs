using BenchmarkDotNet.Attributes;
using CareerBot.Benchmarks.Rendering;
using CareerBot.Composition;
using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Benchmarks.Pipeline;

/// <summary>
/// Pipeline capacity: every held-out question through a DI scope, rate limiter, recognizer, router and answer, as an adapter
/// calls it, and then rendered for Discord or Slack as the adapter does before sending. Messages per second per core =
/// 1 / (mean time per message), measured single-threaded.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private IHost _host = null!;
    private IncomingMessage[] _messages = [];

    [GlobalSetup]
    public void Setup()
    {
        _host = CareerBotHostBuilder.Create(LogLevel.Error, new Dictionary<string, string?>
        {
            // Many members, limits out of the way: this measures the work, not the throttling.
            ["RateLimit:UserBurst"] = "10000",
            ["RateLimit:ChannelBurst"] = "100000",
        }).Build();
        _messages = BenchmarkData.Questions
            .Select((q, i) => new IncomingMessage("discord", $"channel-{i % 100}", new ChatUser("discord", $"user-{i % 500}", "member"), q))
            .ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    [Benchmark(OperationsPerInvoke = 304)]
    public Task<int> AllHeldOutQuestions() => RunAsync(reply => reply.Markdown.Length);

    [Benchmark(OperationsPerInvoke = 304)]
    public Task<int> AllHeldOutQuestionsRenderedForDiscord() => RunAsync(PlatformRendering.Discord);

    [Benchmark(OperationsPerInvoke = 304)]
    public Task<int> AllHeldOutQuestionsRenderedForSlack() => RunAsync(PlatformRendering.Slack);

    private async Task<int> RunAsync(Func<Reply, int> render)
    {
        var length = 0;
        foreach (var message in _messages)
        {
            await using var scope = _host.Services.CreateAsyncScope();
            length += render(await scope.ServiceProvider.GetRequiredService<IMessagePipeline>().HandleAsync(message, CancellationToken.None));
        }
        return length;
    }
}

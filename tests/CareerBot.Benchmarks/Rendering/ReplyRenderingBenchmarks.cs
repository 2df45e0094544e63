using BenchmarkDotNet.Attributes;
using CareerBot.Composition;
using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Benchmarks.Rendering;

/// <summary>Reply rendering per platform: the bot's answers to every held-out question, rendered and serialized as sent.</summary>
[MemoryDiagnoser]
public class ReplyRenderingBenchmarks
{
    private Reply[] _replies = [];

    [GlobalSetup]
    public void Setup()
    {
        using var host = CareerBotHostBuilder.Create(LogLevel.Error, new Dictionary<string, string?> { ["RateLimit:ExemptPlatforms:0"] = "benchmark" }).Build();
        var pipeline = host.Services.GetRequiredService<IMessagePipeline>();
        _replies = BenchmarkData.Questions
            .Select((q, i) => pipeline.HandleAsync(new IncomingMessage("benchmark", $"c{i}", new ChatUser("benchmark", $"u{i}", "member"), q), CancellationToken.None).AsTask().Result)
            .ToArray();
    }

    [Benchmark(OperationsPerInvoke = 304)]
    public int Discord()
    {
        var bytes = 0;
        foreach (var reply in _replies) bytes += PlatformRendering.Discord(reply);
        return bytes;
    }

    [Benchmark(OperationsPerInvoke = 304)]
    public int Slack()
    {
        var bytes = 0;
        foreach (var reply in _replies) bytes += PlatformRendering.Slack(reply);
        return bytes;
    }
}

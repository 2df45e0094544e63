using BenchmarkDotNet.Attributes;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;
using Microsoft.Extensions.Options;

namespace CareerBot.Benchmarks.Routing;

/// <summary>Routing cost per message, and the cost of rebuilding the router after a knowledge change.</summary>
[MemoryDiagnoser]
public class RouterBenchmarks
{
    private IntentRouter _router = null!;

    [Params("do I need a PhD to be an ML engineer?", "whats the TC for a new grad MLE in seattle", "machien lerning engineer salery for staff level", "what's the weather in Paris tomorrow?")]
    public string Message { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _router = KnowledgeSnapshot.RouterFor(BenchmarkData.Knowledge, new RouterOptions());

    [Benchmark]
    public RouteResult Route() => _router.Route(Message);
}

[MemoryDiagnoser]
public class KnowledgeReloadBenchmarks
{
    [Benchmark]
    public KnowledgeSnapshot RebuildSnapshot() => new(BenchmarkData.Knowledge, new RouterOptions());

    [Benchmark]
    public IReadOnlyList<KnowledgeEntry> LoadAndValidateFiles() => KnowledgeLoader.LoadDirectory(CareerBot.Composition.RepositoryPath.Resolve("knowledge"));
}

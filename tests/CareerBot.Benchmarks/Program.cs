using BenchmarkDotNet.Running;
using CareerBot.Benchmarks.Routing;

// BenchmarkDotNet: dotnet run -c Release --project tests/CareerBot.Benchmarks -- --filter '*'
// Per-message routing latency percentiles: dotnet run -c Release --project tests/CareerBot.Benchmarks -- latency
// Whole-pipeline latency percentiles and the hostile corpus: ... -- pipeline
// Memory and load time of the recognizer's lazily loaded Recognizers-Text models: ... -- fallback-memory
switch (args)
{
    case ["latency", ..]:
        RoutingLatencyProfile.Run();
        return;
    case ["pipeline", ..]:
        await CareerBot.Benchmarks.Pipeline.PipelineLatencyProfile.RunAsync();
        return;
    case ["fallback-memory", ..]:
        CareerBot.Benchmarks.Recognition.FallbackMemoryProfile.Run();
        return;
}
BenchmarkSwitcher.FromAssembly(typeof(CareerBot.Benchmarks.BenchmarkData).Assembly).Run(args);

using BenchmarkDotNet.Running;
using CareerBot.Benchmarks.Routing;

// BenchmarkDotNet: dotnet run -c Release --project tests/CareerBot.Benchmarks -- --filter '*'
// Per-message routing latency percentiles: dotnet run -c Release --project tests/CareerBot.Benchmarks -- latency
// Whole-pipeline latency percentiles and the hostile corpus: ... -- pipeline
switch (args)
{
    case ["latency", ..]:
        RoutingLatencyProfile.Run();
        return;
    case ["pipeline", ..]:
        await CareerBot.Benchmarks.Pipeline.PipelineLatencyProfile.RunAsync();
        return;
}
BenchmarkSwitcher.FromAssembly(typeof(CareerBot.Benchmarks.BenchmarkData).Assembly).Run(args);

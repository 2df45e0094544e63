using BenchmarkDotNet.Running;
using CareerBot.Benchmarks.Routing;

// BenchmarkDotNet: dotnet run -c Release --project tests/CareerBot.Benchmarks -- --filter '*'
// Per-message routing latency percentiles: dotnet run -c Release --project tests/CareerBot.Benchmarks -- latency
if (args is ["latency", ..])
{
    RoutingLatencyProfile.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(CareerBot.Benchmarks.BenchmarkData).Assembly).Run(args);

using BenchmarkDotNet.Running;
using CareerBot.Benchmarks.Routing;

// BenchmarkDotNet: dotnet run -c Release --project tests/CareerBot.Benchmarks -- --filter '*'
// Per-message routing latency percentiles: dotnet run -c Release --project tests/CareerBot.Benchmarks -- latency
if (args is ["latency", ..])
{
    RoutingLatencyProfile.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

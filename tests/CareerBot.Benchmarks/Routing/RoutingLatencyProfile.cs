using System.Diagnostics;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;

namespace CareerBot.Benchmarks.Routing;

/// <summary>
/// Per-message latency distribution over the whole held-out set (BenchmarkDotNet reports means per benchmark, not
/// percentiles across different messages): each message is routed many times after a warm-up and every single call is timed.
/// Run: dotnet run -c Release --project tests/CareerBot.Benchmarks -- latency
/// </summary>
public static class RoutingLatencyProfile
{
    public static void Run(int rounds = 200)
    {
        var router = KnowledgeSnapshot.RouterFor(BenchmarkData.Knowledge, new RouterOptions());
        var questions = BenchmarkData.Questions;
        for (var i = 0; i < 20; i++) foreach (var q in questions) router.Route(q);

        var samples = new double[rounds * questions.Count];
        var n = 0;
        for (var r = 0; r < rounds; r++)
            foreach (var q in questions)
            {
                var start = Stopwatch.GetTimestamp();
                router.Route(q);
                samples[n++] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        Array.Sort(samples);
        Console.WriteLine($"messages: {questions.Count} distinct, {samples.Length} routed");
        foreach (var p in new[] { 50, 90, 99, 99.9 })
            Console.WriteLine($"p{p}: {samples[(int)Math.Min(samples.Length - 1, samples.Length * p / 100)]:F1} µs");
        Console.WriteLine($"max: {samples[^1]:F1} µs");
    }
}

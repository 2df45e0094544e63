using System.Diagnostics;
using CareerBot.Composition;
using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using CareerBot.Tests.Hostile;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Benchmarks.Pipeline;

/// <summary>
/// Per-message latency through the whole pipeline (DI scope, rate limiter, recognizer, router, answer) and Discord
/// rendering for the held-out questions, with messages per CPU-second (the process's CPU time over the measured rounds,
/// which a shared machine's other work does not inflate), and the slowest reply to any hostile-corpus input (goal: every
/// message answered within 100 ms).
/// Run: dotnet run -c Release --project tests/CareerBot.Benchmarks -- pipeline
/// </summary>
public static class PipelineLatencyProfile
{
    public static async Task RunAsync(int rounds = 50)
    {
        using var host = CareerBotHostBuilder.Create(LogLevel.Error, new Dictionary<string, string?>
        {
            ["RateLimit:UserBurst"] = "10000",
            ["RateLimit:ChannelBurst"] = "100000",
        }).Build();
        var services = host.Services;
        var questions = BenchmarkData.Questions;
        var samples = new List<double>(rounds * questions.Count);
        var cpu = TimeSpan.Zero;
        for (var r = 0; r < rounds + 5; r++)
        {
            if (r == 5) cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < questions.Count; i++)
            {
                var elapsed = await TimeAsync(services, Message(i, questions[i]));
                if (r >= 5) samples.Add(elapsed);
            }
        }
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        samples.Sort();
        Console.WriteLine($"held-out questions: {questions.Count} distinct, {samples.Count} handled");
        foreach (var p in new[] { 50, 90, 99, 99.9 })
            Console.WriteLine($"p{p}: {samples[(int)Math.Min(samples.Count - 1, samples.Count * p / 100)]:F1} µs");
        Console.WriteLine($"mean: {samples.Average():F1} µs → {1_000_000 / samples.Average():N0} messages/s on one core (wall clock)");
        Console.WriteLine($"CPU: {cpu.TotalMicroseconds / samples.Count:F1} µs per message → {samples.Count / cpu.TotalSeconds:N0} messages per CPU-second");

        var corpus = HostileInputCorpus.All().ToList();
        var worst = 0.0;
        for (var i = 0; i < corpus.Count; i++)
        {
            await TimeAsync(services, Message(i, corpus[i]));
            worst = Math.Max(worst, await TimeAsync(services, Message(i, corpus[i])));
        }
        Console.WriteLine($"hostile corpus: {corpus.Count} inputs, slowest reply {worst / 1000:F2} ms");
    }

    private static IncomingMessage Message(int i, string text) =>
        new("discord", $"channel-{i % 100}", new ChatUser("discord", $"user-{i % 500}", "member"), text);

    private static async Task<double> TimeAsync(IServiceProvider services, IncomingMessage message)
    {
        var start = Stopwatch.GetTimestamp();
        await using var scope = services.CreateAsyncScope();
        var reply = await scope.ServiceProvider.GetRequiredService<IMessagePipeline>().HandleAsync(message, CancellationToken.None);
        Rendering.PlatformRendering.Discord(reply);
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }
}

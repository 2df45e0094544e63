using CareerBot.Composition;
using CareerBot.Core.Evaluation;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.CommandLine;

/// <summary><c>eval</c>: scores the router on the labelled set and prints every confusion, to guide knowledge edits.</summary>
public static class EvalRunner
{
    public const string DefaultSet = "tests/CareerBot.Tests/Eval/eval-set.tsv";

    public static async Task<int> RunAsync(string? setPath, CancellationToken cancellationToken)
    {
        var path = setPath ?? RepositoryPath.Resolve(DefaultSet);
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"Evaluation set not found: {path} (pass --set)");
            return 1;
        }
        using var host = CareerBotHostBuilder.Create(LogLevel.Warning).Build();
        await using var scope = host.Services.CreateAsyncScope();
        var result = await RouterEvaluator.RunAsync(EvalSet.Parse(await File.ReadAllTextAsync(path, cancellationToken)),
            scope.ServiceProvider.GetRequiredService<IMessagePipeline>(), cancellationToken);
        Console.Write(result.Report());
        return 0;
    }
}

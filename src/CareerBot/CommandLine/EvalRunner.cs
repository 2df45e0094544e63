using CareerBot.Composition;
using CareerBot.Evaluation;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.CommandLine;

/// <summary>
/// <c>eval</c>: scores the router on the labelled set and prints every confusion, to guide knowledge edits;
/// <c>eval --conversations</c> plays the conversation set turn by turn and prints every missed turn.
/// </summary>
public static class EvalRunner
{
    public const string DefaultSet = "tests/CareerBot.Tests/Eval/eval-set.tsv";
    public const string DefaultConversations = "tests/CareerBot.Tests/Eval/conversations.tsv";

    public static async Task<int> RunAsync(string? setPath, bool conversations, CancellationToken cancellationToken)
    {
        var path = setPath ?? RepositoryPath.Resolve(conversations ? DefaultConversations : DefaultSet);
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"Evaluation set not found: {path} (pass --set)");
            return 1;
        }
        using var host = CareerBotHostBuilder.Create(LogLevel.Warning).Build();
        await using var scope = host.Services.CreateAsyncScope();
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        if (conversations)
        {
            var played = await ConversationEvaluator.RunAsync(ConversationSet.Parse(text), scope.ServiceProvider.GetRequiredService<IMessagePipeline>(), cancellationToken);
            Console.Write(played.Report());
            return 0;
        }
        var result = await RouterEvaluator.RunAsync(EvalSet.Parse(text),
            scope.ServiceProvider.GetRequiredService<IMessagePipeline>(), cancellationToken);
        Console.Write(result.Report());
        return 0;
    }
}

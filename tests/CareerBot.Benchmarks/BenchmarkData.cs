using CareerBot.Composition;
using CareerBot.Evaluation;
using CareerBot.Core.Knowledge;

namespace CareerBot.Benchmarks;

/// <summary>The shipped knowledge and the held-out questions, loaded once for every benchmark.</summary>
public static class BenchmarkData
{
    public static IReadOnlyList<KnowledgeEntry> Knowledge { get; } = KnowledgeLoader.LoadDirectory(RepositoryPath.Resolve("knowledge"));

    public static IReadOnlyList<string> Questions { get; } =
        EvalSet.Parse(File.ReadAllText(RepositoryPath.Resolve("tests/CareerBot.Tests/Eval/eval-set.tsv"))).Select(c => c.Question).ToList();
}

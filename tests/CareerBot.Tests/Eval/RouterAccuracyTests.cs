using CareerBot.Evaluation;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerBot.Tests.Eval;

/// <summary>The accuracy gates of the brief, on the held-out set in Eval/eval-set.tsv (written apart from the knowledge files' questions).</summary>
public class RouterAccuracyTests(ITestOutputHelper output, RouterAccuracyTests.EvalFixture fixture) : IClassFixture<RouterAccuracyTests.EvalFixture>
{
    public sealed class EvalFixture : IDisposable
    {
        private readonly TestBot _bot = new();
        public IReadOnlyList<EvalCase> Cases { get; } = EvalSet.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Eval", "eval-set.tsv")));
        public EvalResult Result { get; }

        public EvalFixture()
        {
            using var scope = _bot.Services.CreateScope();
            Result = RouterEvaluator.RunAsync(Cases, scope.ServiceProvider.GetRequiredService<IMessagePipeline>(), CancellationToken.None).GetAwaiter().GetResult();
        }

        public void Dispose() => _bot.Dispose();
    }

    private readonly EvalFixture _fixture = fixture;

    [Fact]
    public void The_set_is_large_enough_and_has_out_of_scope_questions()
    {
        Assert.True(_fixture.Cases.Count >= 200);
        Assert.True(_fixture.Cases.Count(c => !c.InScope) >= 40);
    }

    [Fact]
    public void In_scope_top1_accuracy_is_at_least_92_percent()
    {
        output.WriteLine(_fixture.Result.Report());
        Assert.True(_fixture.Result.InScopeAccuracy >= 0.92, $"accuracy {_fixture.Result.InScopeAccuracy:P1}\n{_fixture.Result.Report()}");
    }

    [Fact]
    public void Out_of_scope_recall_is_at_least_90_percent() =>
        Assert.True(_fixture.Result.OutOfScopeRecall >= 0.90, $"recall {_fixture.Result.OutOfScopeRecall:P1}\n{_fixture.Result.Report()}");

    [Fact]
    public void In_scope_false_declines_are_at_most_5_percent() =>
        Assert.True(_fixture.Result.FalseDeclineRate <= 0.05, $"false declines {_fixture.Result.FalseDeclineRate:P1}\n{_fixture.Result.Report()}");

    [Fact]
    public void Eval_questions_are_not_copied_into_the_knowledge_files()
    {
        var knowledge = CareerBot.Core.Knowledge.KnowledgeLoader.LoadDirectory(Knowledge.ShippedKnowledgeTests.Directory)
            .SelectMany(e => e.Questions).Select(Normalize).ToHashSet();
        var copied = _fixture.Cases.Select(c => c.Question).Where(q => knowledge.Contains(Normalize(q))).ToList();
        Assert.True(copied.Count == 0, "copied: " + string.Join(" | ", copied));
    }

    private static string Normalize(string q) => new(q.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}

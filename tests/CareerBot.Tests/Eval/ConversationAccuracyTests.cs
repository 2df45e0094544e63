using CareerBot.Evaluation;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerBot.Tests.Eval;

/// <summary>The conversation gate: whole conversations in Eval/conversations.tsv, each turn read in context, ≥ 95 % of turns right.</summary>
public class ConversationAccuracyTests(ITestOutputHelper output, ConversationAccuracyTests.ConversationFixture fixture) : IClassFixture<ConversationAccuracyTests.ConversationFixture>
{
    public sealed class ConversationFixture : IDisposable
    {
        private readonly TestBot _bot = new();
        public IReadOnlyList<ConversationCase> Conversations { get; } = ConversationSet.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Eval", "conversations.tsv")));
        public ConversationEvalResult Result { get; }

        public ConversationFixture()
        {
            using var scope = _bot.Services.CreateScope();
            Result = ConversationEvaluator.RunAsync(Conversations, scope.ServiceProvider.GetRequiredService<IMessagePipeline>(), CancellationToken.None).GetAwaiter().GetResult();
        }

        public void Dispose() => _bot.Dispose();
    }

    private readonly ConversationFixture _fixture = fixture;

    [Fact]
    public void The_set_has_at_least_60_conversations_and_250_turns()
    {
        Assert.True(_fixture.Conversations.Count >= 60, $"{_fixture.Conversations.Count} conversations");
        Assert.True(_fixture.Result.Turns.Count >= 250, $"{_fixture.Result.Turns.Count} turns");
        Assert.Contains(_fixture.Result.Turns, t => t.Turn.Expected.Declined);
    }

    [Fact]
    public void At_least_95_percent_of_turns_are_right()
    {
        output.WriteLine(_fixture.Result.Report());
        Assert.True(_fixture.Result.TurnAccuracy >= 0.95, $"turn accuracy {_fixture.Result.TurnAccuracy:P1}\n{_fixture.Result.Report()}");
    }

    [Fact]
    public void Conversation_turns_are_not_copied_into_the_knowledge_files()
    {
        var knowledge = CareerBot.Core.Knowledge.KnowledgeLoader.LoadDirectory(Knowledge.ShippedKnowledgeTests.Directory)
            .SelectMany(e => e.Questions).Select(Normalize).ToHashSet();
        var copied = _fixture.Result.Turns.Select(t => t.Turn.Message).Where(m => knowledge.Contains(Normalize(m))).Distinct().ToList();
        Assert.True(copied.Count == 0, "copied: " + string.Join(" | ", copied));
    }

    private static string Normalize(string q) => new(q.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}

using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;

namespace CareerBot.Evaluation;

/// <summary>Runs each labelled question through the pipeline as an independent message (its own conversation).</summary>
public static class RouterEvaluator
{
    public static async Task<EvalResult> RunAsync(IReadOnlyList<EvalCase> cases, IMessagePipeline pipeline, CancellationToken cancellationToken)
    {
        var outcomes = new List<EvalOutcome>(cases.Count);
        foreach (var c in cases)
        {
            // A separate member and conversation per question: no follow-up context and no rate limit carry between them.
            var user = new ChatUser("eval", $"eval-{c.Line}", "eval");
            var reply = await pipeline.HandleAsync(new IncomingMessage("eval", $"eval-{c.Line}", user, c.Question), cancellationToken);
            outcomes.Add(new EvalOutcome(c, reply.Intent, reply.Confidence));
        }
        return new EvalResult(outcomes);
    }
}

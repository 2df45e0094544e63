using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;

namespace CareerBot.Evaluation;

/// <summary>Plays each conversation through the pipeline as one member in one channel, so every turn is read in the context of the earlier ones.</summary>
public static class ConversationEvaluator
{
    // The console platform is exempt from rate limits, as a member typing in the console chat is.
    private const string Platform = "console";

    public static async Task<ConversationEvalResult> RunAsync(IReadOnlyList<ConversationCase> conversations, IMessagePipeline pipeline, CancellationToken cancellationToken)
    {
        var outcomes = new List<TurnOutcome>();
        for (var c = 0; c < conversations.Count; c++)
        {
            var user = new ChatUser(Platform, $"eval-member-{c}", "eval");
            foreach (var turn in conversations[c].Turns)
            {
                var reply = await pipeline.HandleAsync(new IncomingMessage(Platform, $"eval-conversation-{c}", user, turn.Message), cancellationToken);
                outcomes.Add(new TurnOutcome(conversations[c], turn, reply.Intent, turn.Expected.Miss(reply)));
            }
        }
        return new ConversationEvalResult(conversations.Count, outcomes);
    }
}

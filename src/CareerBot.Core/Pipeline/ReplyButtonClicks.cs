using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;

namespace CareerBot.Core.Pipeline;

/// <summary>
/// Answers a click (<see cref="ComponentAction"/>) inside the pipeline: 👍/👎 records the rating; More gives the entry's
/// detail; a follow-up (or "did you mean") question is asked as the member in the same conversation; Share runs the
/// private command again and returns its reply made public. Any other id gets a private "no longer works".
/// </summary>
public sealed class ReplyButtonClicks(KnowledgeBase knowledge, AnswerRatingRecorder ratings)
{
    public const string StaleButton = "That button no longer works (the answer has changed since). Ask the question again for a fresh answer.";

    /// <param name="clicked">Who clicked, where: the conversation of the answer that holds the button.</param>
    /// <param name="route">The pipeline's own routing (inside its rate limit and error boundary) for what a click asks or runs again.</param>
    public async Task<Reply> AnswerAsync(IncomingMessage clicked, ComponentAction action,
        Func<IncomingMessage, CancellationToken, ValueTask<Reply>> route, CancellationToken cancellationToken)
    {
        if (await ratings.RecordAsync(clicked.User, action.MessageId, action.Value, cancellationToken) is { } rated) return rated;
        if (!ReplyButtons.TryParse(action.Value, out var kind, out var argument)) return Stale(Reply.NoIntent);
        var asked = clicked with { Text = argument, Invocation = ChatText.Instance };
        switch (kind)
        {
            case ReplyButtons.Action.More:
                return knowledge.Current.Find(argument) is { Detail: { } detail } entry
                    ? new Reply(ReplyKind.Answer, entry.Id, 1, detail) { Sources = entry.Sources }
                    : Stale(argument);
            case ReplyButtons.Action.Ask:
                return await route(asked, cancellationToken);
            default:
                var reply = await route(asked, cancellationToken);
                // The member chose to share: the same reply, public, with nothing left to share.
                return reply.Kind == ReplyKind.Answer ? reply with { IsPrivate = false, ShareCommand = null } : reply;
        }
    }

    // An input error, so private: only the clicker needs to know; the channel keeps the answer as it was.
    private static Reply Stale(string intent) => new(ReplyKind.InputError, intent, 1, StaleButton);
}

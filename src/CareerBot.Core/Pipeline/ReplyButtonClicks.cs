using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Pipeline;

/// <summary>
/// Answers a click on a <see cref="ReplyButtons"/> button: More gives the entry's detail; a follow-up asks its question as
/// the member in the same conversation; Share runs the private command again and returns its reply made public.
/// </summary>
public sealed class ReplyButtonClicks(KnowledgeBase knowledge, IMessagePipeline pipeline)
{
    public const string StaleButton = "That button no longer works (the answer has changed since). Ask the question again for a fresh answer.";

    /// <param name="clicked">Who clicked, where: the conversation of the answer that holds the button; its text is ignored.</param>
    /// <returns>Null when the id is not one of these buttons (the adapter handles it otherwise).</returns>
    public async Task<Reply?> AnswerAsync(IncomingMessage clicked, string buttonId, CancellationToken cancellationToken)
    {
        if (!ReplyButtons.TryParse(buttonId, out var action, out var argument)) return null;
        switch (action)
        {
            case ReplyButtons.Action.More:
                return knowledge.Current.Find(argument) is { Detail: { } detail } entry
                    ? new Reply(ReplyKind.Answer, entry.Id, 1, detail) { Sources = entry.Sources }
                    : new Reply(ReplyKind.InputError, argument, 1, StaleButton);
            case ReplyButtons.Action.Ask:
                return await pipeline.HandleAsync(clicked with { Text = argument }, cancellationToken);
            default:
                var reply = await pipeline.HandleAsync(clicked with { Text = argument }, cancellationToken);
                // The member chose to share: the same reply, public, with nothing left to share.
                return reply.Kind == ReplyKind.Answer ? reply with { IsPrivate = false, ShareCommand = null } : reply;
        }
    }
}

using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Moderation;
using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Pipeline;

/// <summary>
/// Records a member's click on a 👍/👎 button under an answer into the question log (for /kb feedback) and says thanks
/// privately. Each member counts once per answer message; who clicked is only held in memory to enforce that, never stored.
/// </summary>
public sealed class AnswerRatingRecorder(IQuestionLog log, KnowledgeBase knowledge, ILogger<AnswerRatingRecorder> logger)
{
    private readonly RecentKeys _voted = new(10_000);

    /// <summary>
    /// Handles a click on <paramref name="buttonId"/> under the answer message <paramref name="answerId"/>;
    /// null when the id is not a rating button for an answer being served (the adapter says the button no longer works).
    /// </summary>
    public async Task<Reply?> RecordAsync(ChatUser user, string answerId, string buttonId, CancellationToken cancellationToken)
    {
        if (!AnswerFeedback.TryParse(buttonId, out var feedback, out var helpful)) return null;
        // The id travels through the platform and back: only ratings of real answers reach /kb feedback.
        if (knowledge.Current.Find(feedback.Intent) is null) return null;
        var vote = $"{user.Platform}\u001f{user.Id}\u001f{answerId}";
        if (!_voted.TryAdd(vote))
            return Private("You already rated this answer; thanks again.");
        try
        {
            await log.RecordFeedbackAsync(feedback.Intent, feedback.Question, helpful, cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            logger.LogWarning(e, "A rating for {Intent} could not be stored", feedback.Intent);
            _voted.Remove(vote);
            return Private("Sorry, I couldn't save your rating just now. Please try the button again in a minute.");
        }
        return Private(helpful
            ? "Thanks! Glad it helped."
            : "Thanks for telling me. Moderators review answers rated down (`/kb feedback`) and fix them.");
    }

    private static Reply Private(string text) => new(ReplyKind.Answer, "rating", 1, text) { IsPrivate = true };
}

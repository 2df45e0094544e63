using CareerBot.Core.Pipeline;
using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Moderation;

/// <summary>
/// Records a member's click on a 👍/👎 button under an answer into the question log (for /kb feedback) and says thanks
/// privately. Each member counts once per answer message; who clicked is only held in memory to enforce that, never stored.
/// </summary>
public sealed class AnswerRatingRecorder(IQuestionLog log, ILogger<AnswerRatingRecorder> logger)
{
    private const int RememberedVotes = 10_000;
    private readonly HashSet<string> _voted = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>
    /// Handles a click on <paramref name="buttonId"/> under the answer message <paramref name="answerId"/>;
    /// null when the id is not a rating button (the adapter handles it otherwise).
    /// </summary>
    public async Task<Reply?> RecordAsync(ChatUser user, string answerId, string buttonId, CancellationToken cancellationToken)
    {
        if (!AnswerFeedback.TryParse(buttonId, out var feedback, out var helpful)) return null;
        if (!FirstVote($"{user.Platform}\u001f{user.Id}\u001f{answerId}"))
            return Private("You already rated this answer; thanks again.");
        try
        {
            await log.RecordFeedbackAsync(feedback.Intent, feedback.Question, helpful, cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            logger.LogWarning(e, "A rating for {Intent} could not be stored", feedback.Intent);
            Forget($"{user.Platform}\u001f{user.Id}\u001f{answerId}");
            return Private("Sorry, I couldn't save your rating just now. Please try the button again in a minute.");
        }
        return Private(helpful
            ? "Thanks! Glad it helped."
            : "Thanks for telling me. Moderators review answers rated down (`/kb feedback`) and fix them.");
    }

    private bool FirstVote(string key)
    {
        lock (_voted)
        {
            if (!_voted.Add(key)) return false;
            _order.Enqueue(key);
            if (_order.Count > RememberedVotes) _voted.Remove(_order.Dequeue());
            return true;
        }
    }

    private void Forget(string key)
    {
        lock (_voted) _voted.Remove(key);
    }

    private static Reply Private(string text) => new(ReplyKind.Answer, "rating", 1, text) { IsPrivate = true };
}

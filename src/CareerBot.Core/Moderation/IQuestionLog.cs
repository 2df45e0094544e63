namespace CareerBot.Core.Moderation;

/// <summary>
/// What members asked that the bot could not answer well, and how they rated answers. Privacy: only the question text
/// and a time are kept — never who asked — and rows older than the retention period are deleted.
/// </summary>
public interface IQuestionLog
{
    Task RecordUnansweredAsync(IReadOnlyList<UnansweredQuestion> questions, CancellationToken cancellationToken);

    /// <summary>A member's 👍 (<paramref name="helpful"/>) or 👎 on the answer <paramref name="intent"/> to <paramref name="question"/>.</summary>
    Task RecordFeedbackAsync(string intent, string question, bool helpful, CancellationToken cancellationToken);

    /// <summary>Unanswered questions since <paramref name="since"/>, grouped by normalised text, most frequent first.</summary>
    Task<IReadOnlyList<UnansweredGroup>> TopUnansweredAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken);

    /// <summary>Answers with at least one 👎 since <paramref name="since"/>, most rated down first.</summary>
    Task<IReadOnlyList<FeedbackSummary>> TopRatedDownAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken);

    /// <summary>Deletes unanswered and feedback rows older than <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

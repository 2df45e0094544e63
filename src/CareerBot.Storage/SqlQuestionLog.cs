using CareerBot.Core.Moderation;

namespace CareerBot.Storage;

/// <summary>The unanswered_questions and answer_feedback tables: question text and time only, never who asked.</summary>
public sealed class SqlQuestionLog(Database database, TimeProvider time) : IQuestionLog
{
    /// <summary>Longer questions are cut: the log is for spotting topics, not for keeping messages.</summary>
    public const int MaxQuestionLength = 500;

    public Task RecordUnansweredAsync(IReadOnlyList<UnansweredQuestion> questions, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            foreach (var q in questions)
            {
                await using var insert = Database.Command(connection, transaction,
                    "INSERT INTO unanswered_questions (question, normalized, guess, confidence, declined, asked_at) VALUES (@q, @n, @g, @c, @d, @at)",
                    ("q", Cut(q.Question)), ("n", Cut(q.Normalized)), ("g", q.Guess), ("c", q.Confidence), ("d", q.Declined), ("at", q.At.ToUnixTimeMilliseconds()));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }, cancellationToken);

    public Task RecordFeedbackAsync(string intent, string question, bool helpful, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = Database.Command(connection, transaction,
                "INSERT INTO answer_feedback (intent, question, helpful, rated_at) VALUES (@i, @q, @h, @at)",
                ("i", intent), ("q", Cut(question)), ("h", helpful), ("at", time.GetUtcNow().ToUnixTimeMilliseconds()));
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }, cancellationToken);

    public Task<IReadOnlyList<UnansweredGroup>> TopUnansweredAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<UnansweredGroup>>(async connection =>
        {
            await using var query = Database.Command(connection, null,
                """
                SELECT normalized, MIN(question), COUNT(*), MAX(asked_at),
                       (SELECT guess FROM unanswered_questions g WHERE g.normalized = u.normalized ORDER BY asked_at DESC, id DESC LIMIT 1)
                FROM unanswered_questions u
                WHERE asked_at >= @since
                GROUP BY normalized
                ORDER BY COUNT(*) DESC, MAX(asked_at) DESC, normalized
                LIMIT @limit
                """, ("since", since.ToUnixTimeMilliseconds()), ("limit", limit));
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            var groups = new List<UnansweredGroup>();
            while (await reader.ReadAsync(cancellationToken))
                groups.Add(new UnansweredGroup(reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetValue(2)),
                    DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(3))), reader.IsDBNull(4) ? null : reader.GetString(4)));
            return groups;
        }, cancellationToken);

    public Task<IReadOnlyList<FeedbackSummary>> TopRatedDownAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<FeedbackSummary>>(async connection =>
        {
            await using var query = Database.Command(connection, null,
                """
                SELECT intent,
                       SUM(CASE WHEN helpful THEN 0 ELSE 1 END),
                       SUM(CASE WHEN helpful THEN 1 ELSE 0 END),
                       (SELECT question FROM answer_feedback d WHERE d.intent = f.intent AND NOT d.helpful ORDER BY rated_at DESC, id DESC LIMIT 1),
                       MAX(CASE WHEN helpful THEN NULL ELSE rated_at END)
                FROM answer_feedback f
                WHERE rated_at >= @since
                GROUP BY intent
                HAVING SUM(CASE WHEN helpful THEN 0 ELSE 1 END) > 0
                ORDER BY 2 DESC, 5 DESC, intent
                LIMIT @limit
                """, ("since", Math.Max(0, since.ToUnixTimeMilliseconds())), ("limit", limit));
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            var rated = new List<FeedbackSummary>();
            while (await reader.ReadAsync(cancellationToken))
                rated.Add(new FeedbackSummary(reader.GetString(0), Convert.ToInt32(reader.GetValue(1)), Convert.ToInt32(reader.GetValue(2)),
                    reader.GetString(3), DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(4)))));
            return rated;
        }, cancellationToken);

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var at = cutoff.ToUnixTimeMilliseconds();
            await using var questions = Database.Command(connection, transaction, "DELETE FROM unanswered_questions WHERE asked_at < @at", ("at", at));
            await using var feedback = Database.Command(connection, transaction, "DELETE FROM answer_feedback WHERE rated_at < @at", ("at", at));
            var deleted = await questions.ExecuteNonQueryAsync(cancellationToken) + await feedback.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return deleted;
        }, cancellationToken);

    private static string Cut(string text) => text.Length <= MaxQuestionLength ? text : text[..MaxQuestionLength];
}

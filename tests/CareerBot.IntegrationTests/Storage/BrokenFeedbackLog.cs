using CareerBot.Core.Moderation;

namespace CareerBot.IntegrationTests.Storage;

/// <summary>A question log whose rating write fails with a bug (not a storage outage): what a 👍/👎 click meets inside the pipeline.</summary>
internal sealed class BrokenFeedbackLog : IQuestionLog
{
    public Task RecordUnansweredAsync(IReadOnlyList<UnansweredQuestion> questions, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RecordFeedbackAsync(string intent, string question, bool helpful, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A bug while recording a rating");

    public Task<IReadOnlyList<UnansweredGroup>> TopUnansweredAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UnansweredGroup>>([]);

    public Task<IReadOnlyList<FeedbackSummary>> TopRatedDownAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeedbackSummary>>([]);

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => Task.FromResult(0);
}

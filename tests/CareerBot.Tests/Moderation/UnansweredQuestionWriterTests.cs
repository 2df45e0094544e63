using System.Collections.Concurrent;
using CareerBot.Core.Moderation;
using CareerBot.Core.Routing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Tests.Moderation;

public class UnansweredQuestionWriterTests
{
    private static readonly RouterOptions Options = new() { DeclineThreshold = 0.3 };
    private static readonly RouteResult Declined = new("none", 0.1, [], true);

    [Fact]
    public async Task Questions_arriving_within_the_linger_are_written_in_one_batch()
    {
        var (time, queue, log, writer) = await StartWithOneQuestionAsync();

        queue.Observe("best pizza topping", Declined, declined: true, Options);
        time.Advance(UnansweredQuestionWriter.Linger - TimeSpan.FromMilliseconds(1));
        queue.Observe("is it going to rain", Declined, declined: true, Options);
        Assert.Empty(log.Batches);

        time.Advance(TimeSpan.FromMilliseconds(1));
        var batch = await log.NextBatchAsync();
        Assert.Equal(["how do I bake bread", "best pizza topping", "is it going to rain"], batch.Select(q => q.Question));

        await writer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Stopping_writes_what_is_queued_without_waiting_for_the_linger()
    {
        var (_, _, log, writer) = await StartWithOneQuestionAsync();
        await writer.StopAsync(CancellationToken.None); // the fake clock never moves

        Assert.Equal("how do I bake bread", Assert.Single(Assert.Single(log.Batches)).Question);
    }

    /// <summary>A writer on a fake clock, started with one question queued: its loop reads it and arms the linger timer before StartAsync returns.</summary>
    private static async Task<(FakeTimeProvider, UnansweredQuestionQueue, RecordingQuestionLog, UnansweredQuestionWriter)> StartWithOneQuestionAsync()
    {
        var time = new FakeTimeProvider();
        var queue = new UnansweredQuestionQueue(time);
        var log = new RecordingQuestionLog();
        var writer = new UnansweredQuestionWriter(queue, log, time, NullLogger<UnansweredQuestionWriter>.Instance);
        queue.Observe("how do I bake bread", Declined, declined: true, Options);
        await writer.StartAsync(CancellationToken.None);
        return (time, queue, log, writer);
    }

    private sealed class RecordingQuestionLog : IQuestionLog
    {
        private readonly SemaphoreSlim _written = new(0);
        public ConcurrentQueue<IReadOnlyList<UnansweredQuestion>> Batches { get; } = new();

        public Task RecordUnansweredAsync(IReadOnlyList<UnansweredQuestion> questions, CancellationToken cancellationToken)
        {
            Batches.Enqueue(questions.ToList());
            _written.Release();
            return Task.CompletedTask;
        }

        public async Task<IReadOnlyList<UnansweredQuestion>> NextBatchAsync()
        {
            Assert.True(await _written.WaitAsync(TimeSpan.FromSeconds(10)), "no batch was written");
            return Batches.Last();
        }

        public Task RecordFeedbackAsync(string intent, string question, bool helpful, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<UnansweredGroup>> TopUnansweredAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<FeedbackSummary>> TopRatedDownAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}

using System.Threading.Channels;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Moderation;

/// <summary>
/// Collects declined and low-confidence questions without slowing the answer: a bounded queue that
/// <see cref="UnansweredQuestionWriter"/> drains into <see cref="IQuestionLog"/>. When the queue is full, new questions are dropped.
/// </summary>
public sealed class UnansweredQuestionQueue(TimeProvider time)
{
    /// <summary>Answers below the decline threshold plus this margin count as unsure.</summary>
    public const double LowConfidenceMargin = 0.1;
    private const int Capacity = 1000;

    private readonly Channel<UnansweredQuestion> _channel = Channel.CreateBounded<UnansweredQuestion>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public ChannelReader<UnansweredQuestion> Reader => _channel.Reader;

    /// <summary>Queues the question if the bot declined it or was unsure of its answer.</summary>
    public void Observe(string question, RouteResult route, bool declined, RouterOptions options)
    {
        if (!declined && route.Confidence >= options.DeclineThreshold + LowConfidenceMargin) return;
        var normalized = Normalize(question);
        if (normalized.Length == 0) return;
        _channel.Writer.TryWrite(new UnansweredQuestion(question, normalized,
            route.Intent == Messages.Reply.NoIntent ? null : route.Intent, route.Confidence, declined, time.GetUtcNow()));
    }

    /// <summary>No more questions are accepted (the host is stopping); the writer drains what is queued.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    /// <summary>Groups rephrasings that differ only in case, punctuation, filler words or chat abbreviations.</summary>
    public static string Normalize(string question) =>
        string.Join(' ', TextNormalizer.Tokenize(question).Where(t => !StopWords.Contains(t)));
}

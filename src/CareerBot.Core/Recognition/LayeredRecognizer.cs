using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Core.Recognition;

/// <summary>
/// The product's recognizer: the fast chat layer (<see cref="ChatRecognizer"/>) on every message, and Microsoft.Recognizers.Text
/// behind it, only where <see cref="FallbackCues"/> finds a form the chat layer's grammar does not cover (about a
/// millisecond, on a few messages). The two readings are merged: the chat layer's stands (its pay-context rules, ranges,
/// vesting, levels and names), and a fallback reading is added where the chat layer read nothing, or replaces chat amounts
/// it wholly contains and extends ("minus five percent" over "five percent", "75 USD million" over "75 USD").
/// </summary>
public sealed class LayeredRecognizer : IEntityRecognizer
{
    // Reused per thread: the cue list is cleared and refilled for each message.
    [ThreadStatic] private static List<TextSpan>? t_cues;

    private readonly ILogger _logger;
    private int _fallbackRuns;

    public LayeredRecognizer(ILogger<LayeredRecognizer>? logger = null) => _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>How many messages this recognizer has sent to Recognizers-Text.</summary>
    internal int FallbackRuns => Volatile.Read(ref _fallbackRuns);

    public IReadOnlyList<Entity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cues = t_cues ??= new List<TextSpan>(4);
        cues.Clear();
        var chat = ChatRecognizer.Recognize(text, cues);
        if (cues.Count == 0) return chat;
        Interlocked.Increment(ref _fallbackRuns);
        return Merge(chat, InPayContext(text, RecognizersTextFallback.Recognize(text, cues, _logger)));
    }

    /// <summary>The chat layer's pay rule for the fallback's plain numbers: from 1,000 up, one beside a pay word is money ("half a million in stock").</summary>
    private static List<Entity> InPayContext(string text, List<Entity> fallback)
    {
        for (var i = 0; i < fallback.Count; i++)
            if (fallback[i] is { Type: EntityType.Number, Value: >= 1_000m } number && ChatRecognizer.IsPayContext(text, number.Start, number.End))
                fallback[i] = number with { Type = EntityType.Money, Unit = "USD" };
        return fallback;
    }

    private static List<Entity> Merge(List<Entity> chat, List<Entity> fallback)
    {
        foreach (var extra in fallback)
        {
            var first = chat.FindIndex(e => e.End > extra.Start);
            var last = first;
            while (last >= 0 && last < chat.Count && chat[last].Start < extra.End) last++;
            if (first < 0 || first == last)
            {
                chat.Insert(first < 0 ? chat.Count : first, extra);
                continue;
            }
            if (Extends(extra, chat, first, last))
            {
                chat.RemoveRange(first, last - first);
                chat.Insert(first, extra);
            }
        }
        return chat;
    }

    /// <summary>
    /// The fallback reading wholly contains the chat amounts it overlaps [first, last) and is longer, and does not turn money
    /// or a percent into a plain number.
    /// </summary>
    private static bool Extends(Entity extra, List<Entity> chat, int first, int last)
    {
        var longer = false;
        for (var i = first; i < last; i++)
        {
            var e = chat[i];
            if (e.Type is not (EntityType.Money or EntityType.Percent or EntityType.Number)) return false;
            if (e.Start < extra.Start || e.End > extra.End) return false;
            if (extra.Type == EntityType.Number && e.Type != EntityType.Number) return false;
            longer |= e.End - e.Start < extra.End - extra.Start;
        }
        return longer;
    }
}

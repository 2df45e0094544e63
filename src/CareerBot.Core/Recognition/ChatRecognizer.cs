using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Core.Recognition;

/// <summary>
/// The fast chat-text recognizer: money, percentages, durations, vesting schedules, levels, places and
/// specializations, found in one hand-written left-to-right pass (no regular expressions), in microseconds per message.
/// </summary>
public sealed class ChatRecognizer : IEntityRecognizer
{
    // Reused per thread: the token list is the only sizeable buffer and the recognizer is a shared singleton.
    [ThreadStatic] private static List<ChatToken>? t_tokens;

    public IReadOnlyList<Entity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scan(text, expected: null);
    }

    /// <summary>
    /// Parses one option value (base:180k, bonus:15%, cliff:12m, vesting:5-15-40-40) that is known to hold
    /// <paramref name="expected"/>, returning the one entity that covers the whole trimmed value, or null.
    /// The expected type settles ambiguities: "12m" is 12 months for a duration and 12 million for money, a bare
    /// "180000" is money, "4y" or "48m" is an even vesting over that period, "50-50" is a (two-year) schedule whatever
    /// it sums to (the caller validates the sum), and a leading minus is kept as a negative value so the caller can
    /// say what is wrong rather than "not understood". Positions in the result index <paramref name="value"/>.
    /// </summary>
    public static Entity? ParseSingle(string value, EntityType expected)
    {
        ArgumentNullException.ThrowIfNull(value);
        var start = 0;
        var end = value.Length;
        while (start < end && char.IsWhiteSpace(value[start])) start++;
        while (end > start && char.IsWhiteSpace(value[end - 1])) end--;
        if (start == end) return null;
        if (value[start] is '-' or '\u2212' && expected is not (EntityType.Level or EntityType.Place or EntityType.Specialization))
        {
            var positive = ParseSingle(value[(start + 1)..end], expected);
            return positive is null
                ? null
                : positive with { Text = value[start..end], Start = start, End = end, Value = -positive.Value, Max = -positive.Max };
        }
        var trimmed = value[start..end];
        if (expected == EntityType.Vesting && NamedVestingSchedules.Find(trimmed, 0, trimmed.Length) is { } named)
            return named with { Start = start, End = end };
        var cues = expected is EntityType.Money or EntityType.Percent ? new List<TextSpan>() : null;
        var found = Scan(trimmed, expected, cues, spelledRuns: false);
        if (found.Count != 1 || found[0].Start != 0 || found[0].End != trimmed.Length)
            return cues is { Count: > 0 } ? ParseWithFallback(trimmed, cues, expected, start, end) : null;
        var entity = found[0] with { Start = start, End = end };
        if (entity.Type == expected) return entity;
        // vesting:4y / vesting:48m — an even schedule over that period.
        if (expected == EntityType.Vesting && entity.Type == EntityType.Duration && entity.Max is null)
            return entity with { Type = EntityType.Vesting, Canonical = "even" };
        return null;
    }

    /// <summary>
    /// An option value the chat grammar does not read ("half a million", "150k CAD", "12 million yen"), read by
    /// Recognizers-Text: one amount covering the whole value, money in a currency with an ISO code (a plain number from
    /// 1,000 up is money, as "180000" is; "half" is not), or a percent.
    /// </summary>
    private static Entity? ParseWithFallback(string trimmed, List<TextSpan> cues, EntityType expected, int start, int end)
    {
        var found = RecognizersTextFallback.Recognize(trimmed, cues, NullLogger.Instance);
        if (found.Count != 1 || found[0].Start != 0 || found[0].End != trimmed.Length) return null;
        var entity = found[0] with { Start = start, End = end };
        return (expected, entity.Type) switch
        {
            (EntityType.Money, EntityType.Money) when entity.Unit is { Length: 3 } code && code.All(char.IsAsciiLetterUpper) => entity,
            (EntityType.Money, EntityType.Number) when entity.Value >= 1_000m => entity with { Type = EntityType.Money, Unit = "USD" },
            (EntityType.Percent, EntityType.Percent) => entity,
            _ => null,
        };
    }

    /// <summary>The chat layer's entities, and in <paramref name="cues"/> where the message holds forms it does not read (<see cref="FallbackCues"/>).</summary>
    internal static List<Entity> Recognize(string text, List<TextSpan> cues) => Scan(text, expected: null, cues);

    /// <summary>Whether a pay word stands beside text[start..end) by the chat layer's rule ("half a million in stock", "base of …").</summary>
    internal static bool IsPayContext(string text, int start, int end)
    {
        var tokens = new List<ChatToken>();
        ChatTokenizer.Tokenize(text, tokens);
        return ChatScanner.IsPayContext(text, tokens, start, end);
    }

    private static List<Entity> Scan(string text, EntityType? expected, List<TextSpan>? cues = null, bool spelledRuns = true)
    {
        var tokens = t_tokens ??= new List<ChatToken>(64);
        tokens.Clear();
        try
        {
            ChatTokenizer.Tokenize(text, tokens);
            var urls = UrlSpans.Find(text);
            var found = ChatScanner.Scan(text, tokens, expected, urls);
            if (cues is not null) FallbackCues.Find(text, tokens, found, urls, cues, spelledRuns);
            return found;
        }
        finally
        {
            // Do not keep a huge buffer alive after one huge message.
            if (tokens.Capacity > 4096) t_tokens = null;
        }
    }
}

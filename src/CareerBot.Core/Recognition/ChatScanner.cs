namespace CareerBot.Core.Recognition;

/// <summary>
/// The single left-to-right pass of <see cref="ChatRecognizer"/> over one message's tokens. At each token it tries the
/// matchers that can start there (amount, vesting schedule, level, place, specialization), emits at most one entity and
/// jumps past it, so entities come out ordered and never overlap. Every look-around is bounded, so the pass is linear.
/// </summary>
internal sealed partial class ChatScanner
{
    private const int MaxScheduleParts = 12;

    private readonly string _text;
    private readonly List<ChatToken> _t;
    /// <summary>Set by <see cref="ChatRecognizer.ParseSingle"/>: the option being parsed is known to hold this type.</summary>
    private readonly EntityType? _expected;
    private readonly List<Entity> _found = [];

    private ChatScanner(string text, List<ChatToken> tokens, EntityType? expected)
    {
        _text = text;
        _t = tokens;
        _expected = expected;
    }

    /// <param name="urls">Web addresses in the text (<see cref="UrlSpans"/>): their tokens are skipped, nothing in them is an entity.</param>
    public static List<Entity> Scan(string text, List<ChatToken> tokens, EntityType? expected, List<TextSpan>? urls)
    {
        var scanner = new ChatScanner(text, tokens, expected);
        var i = 0;
        var u = 0;
        while (i < tokens.Count)
        {
            if (urls is not null)
            {
                while (u < urls.Count && urls[u].End <= tokens[i].Start) u++;
                if (u < urls.Count && tokens[i].Start >= urls[u].Start)
                {
                    i++;
                    continue;
                }
            }
            var next = scanner.MatchAt(i);
            i = next > i ? next : i + 1;
        }
        // A match that started before an address may have run into it.
        urls?.ForEach(url => scanner._found.RemoveAll(e => url.Overlaps(e.Start, e.End)));
        return scanner._found;
    }

    /// <summary>Returns the index after what was consumed (an entity or something skipped on purpose), or <paramref name="i"/>.</summary>
    private int MatchAt(int i) => _t[i].Kind switch
    {
        ChatTokenKind.Number => MatchNumber(i),
        ChatTokenKind.Opaque => SkipIdentifier(i),
        ChatTokenKind.Symbol => IsAmountLead(i) ? MatchAmount(i) : i,
        _ => MatchWord(i),
    };

    // ---- numbers -------------------------------------------------------------------------------------------------

    private int MatchNumber(int i)
    {
        if (IsGluedToWord(i)) return SkipIdentifier(i);
        var token = _t[i];
        if (token is { Grouped: false, Fractional: false, Number: 401m or 403m or 457m })
        {
            // 401k, 403b, 401(k): a retirement plan, not an amount.
            if (IsPlanLetter(i + 1) && Adjacent(i + 1)) return SkipIdentifier(i + 1);
            if (IsSymbol(i + 1, '(') && Adjacent(i + 1) && IsPlanLetter(i + 2) && Adjacent(i + 2) && IsSymbol(i + 3, ')') && Adjacent(i + 3)) return i + 4;
        }
        var afterChain = MatchSchedule(i);
        return afterChain > i ? afterChain : MatchAmount(i);
    }

    /// <summary>p99, k8s, gpt-4, v2: digits glued to a word (directly or by a hyphen) are part of a name.</summary>
    private bool IsGluedToWord(int i)
    {
        if (i == 0 || _t[i].SpaceBefore) return false;
        var previous = _t[i - 1];
        if (previous.Kind is ChatTokenKind.Word or ChatTokenKind.Opaque) return true;
        return previous.Kind == ChatTokenKind.Symbol && _text[previous.Start] is '-' or '_' or '.' or '#' or '@' && i >= 2 && !previous.SpaceBefore
               && _t[i - 2].Kind is ChatTokenKind.Word or ChatTokenKind.Opaque;
    }

    private bool IsPlanLetter(int i) => IsWord(i) && _t[i].Length == 1 && _text[_t[i].Start] is 'k' or 'K' or 'b' or 'B';

    /// <summary>Skips a run of glued words, digits and joiners (k8s, gpt-4o, v1_2).</summary>
    private int SkipIdentifier(int i)
    {
        var j = i + 1;
        while (j < _t.Count && !_t[j].SpaceBefore)
        {
            var k = _t[j].Kind;
            if (k is ChatTokenKind.Word or ChatTokenKind.Number or ChatTokenKind.Opaque) j++;
            else if (k == ChatTokenKind.Symbol && _text[_t[j].Start] is '-' or '_' or '.' && j + 1 < _t.Count && !_t[j + 1].SpaceBefore
                     && _t[j + 1].Kind is ChatTokenKind.Word or ChatTokenKind.Number) j += 2;
            else break;
        }
        return j;
    }

    /// <summary>
    /// Numbers chained by one separator with no spaces: 5/15/40/40, 33-33-22-12, 25%/25%/25%/25%. Three or more parts
    /// summing to 100 are a vesting schedule; other chains (dates 11/23/2026, phone numbers, 50/50, 24/7) are skipped.
    /// Two parts joined by a hyphen are left to <see cref="MatchAmount"/>, which reads them as a range (200-230k).
    /// </summary>
    private int MatchSchedule(int i)
    {
        Span<decimal> parts = stackalloc decimal[MaxScheduleParts];
        var count = 0;
        var separator = '\0';
        var j = i;
        while (true)
        {
            if (count < MaxScheduleParts) parts[count] = _t[j].Number;
            count++;
            j++;
            if (IsSymbol(j, '%') && Adjacent(j)) j++;
            if (!(j + 1 < _t.Count && _t[j].Kind == ChatTokenKind.Symbol && Adjacent(j) && _t[j + 1].Kind == ChatTokenKind.Number && Adjacent(j + 1)))
                break;
            var c = _text[_t[j].Start];
            if (c is not ('/' or '-' or '\u2013') || (separator != '\0' && c != separator)) break;
            separator = c;
            j++;
        }
        if (count < 2) return i;
        var vestingOption = _expected == EntityType.Vesting;
        if (count == 2 && separator != '/' && !vestingOption) return i;
        var gluedAfter = j < _t.Count && Adjacent(j) && _t[j].Kind is ChatTokenKind.Word or ChatTokenKind.Number or ChatTokenKind.Opaque;
        if (gluedAfter || count > MaxScheduleParts) return SkipIdentifier(j - 1);
        var schedule = parts[..count];
        var sum = 0m;
        var positive = true;
        foreach (var p in schedule)
        {
            sum += p;
            positive &= p > 0;
        }
        if (vestingOption || (count >= 3 && sum == 100m && positive))
            Add(EntityType.Vesting, i, j, null, null, "custom", schedule: schedule.ToArray());
        return j;
    }

    // ---- token helpers -------------------------------------------------------------------------------------------

    private bool Adjacent(int i) => i < _t.Count && !_t[i].SpaceBefore;

    private bool IsWord(int i) => i >= 0 && i < _t.Count && _t[i].Kind == ChatTokenKind.Word;

    private bool HasRole(int i, WordRoles role) => IsWord(i) && _t[i].Word is { } w && (w.Roles & role) != 0;

    private bool IsWordText(int i, string word) => IsWord(i) && _text.AsSpan(_t[i].Start, _t[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsSymbol(int i, char c) => i >= 0 && i < _t.Count && _t[i].Kind == ChatTokenKind.Symbol && _text[_t[i].Start] == c;

    private bool IsUpper(int i)
    {
        foreach (var c in _text.AsSpan(_t[i].Start, _t[i].Length))
            if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>Adds an entity covering tokens [first, end) and returns <paramref name="end"/>.</summary>
    private int Add(EntityType type, int first, int end, decimal? value, string? unit, string? canonical = null, decimal? max = null, decimal[]? schedule = null)
    {
        var start = _t[first].Start;
        var stop = _t[end - 1].End;
        _found.Add(new Entity(type, _text[start..stop], start, stop, Normalize(value), unit, canonical) { Max = Normalize(max), Schedule = schedule });
        return end;
    }

    /// <summary>Drops trailing zeros a multiplication leaves (2.5 × 1,000,000 = 2500000.0 → 2500000) so values print as written.</summary>
    private static decimal? Normalize(decimal? value) => value is { } v ? v / 1.0000000000000000000000000000m : null;
}

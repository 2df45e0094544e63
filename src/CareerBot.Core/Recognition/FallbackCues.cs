namespace CareerBot.Core.Recognition;

/// <summary>
/// The cheap gate in front of Recognizers-Text: after the chat layer's pass, one more walk over the same tokens looks for
/// what that layer's grammar does not cover — number words beyond it (half, dozen, trillion, two thirds, one hundred and
/// sixteen), a sign (minus five percent, -5%), "per cent of", currencies it does not know (yen, MUSD, c $, 10 $, 100 ₹,
/// USD115, australian dollars), a scale after a currency (75 USD million) — and reports where. Messages without a cue
/// (nearly all chat) never reach Recognizers-Text. Tokens inside web addresses and inside what the chat layer already
/// read are not cues, except where the cue widens that reading (minus before it, million after it).
/// </summary>
internal static class FallbackCues
{
    /// <param name="spelledRuns">Whether unread spelled numbers are cues. An option value turns this off: there the chat
    /// grammar's refusal ("one hundred one hundred thousand") stands, and Recognizers-Text would read one number from it.</param>
    public static void Find(string text, List<ChatToken> tokens, List<Entity> entities, List<TextSpan>? urls, List<TextSpan> cues, bool spelledRuns = true)
    {
        var e = 0;
        var u = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            while (e < entities.Count && entities[e].End <= t.Start) e++;
            if (urls is not null)
            {
                while (u < urls.Count && urls[u].End <= t.Start) u++;
                if (u < urls.Count && t.Start >= urls[u].Start) continue;
            }
            var covered = e < entities.Count && entities[e].Start <= t.Start;
            if (IsCue(text, tokens, i, covered, spelledRuns) is var end && end > i) cues.Add(new TextSpan(t.Start, tokens[end - 1].End));
        }
    }

    /// <summary>Returns the index after the cue's last token, or <paramref name="i"/> when token i starts no cue.</summary>
    private static int IsCue(string text, List<ChatToken> t, int i, bool covered, bool spelledRuns)
    {
        var token = t[i];
        switch (token.Kind)
        {
            case ChatTokenKind.Word when token.Word is { } w:
                if ((w.Roles & WordRoles.FallbackCue) != 0) return i + 1;
                if (covered) return i;
                // "one hundred and sixteen", "twenty five", or a number word standing alone ("sixteen", "I'd say three."):
                // number words the chat layer left unread (it reads them only as amounts). A number word counting the word
                // after it ("two offers", "three rounds") is ordinary chat and no cue; nor is a lone "one" (a pronoun).
                if (w.NumberKind != NumberWordKind.None && spelledRuns)
                {
                    var next = SpelledNext(text, t, i);
                    if (next > i) return next + 1;
                    if ((i + 1 == t.Count || t[i + 1].Kind == ChatTokenKind.Symbol) && !IsWord(text, t, i, "one")) return i + 1;
                }
                // "percent of 10", "percentage of twenty".
                if (w.PercentWord && IsWord(text, t, i + 1, "of")) return i + 2;
                // "one over three", "1 over 20": a fraction.
                if (IsWord(text, t, i, "over") && IsNumeric(t, i - 1) && IsNumeric(t, i + 1)) return i + 1;
                // "2.33 k": a spaced thousand.
                if (IsWord(text, t, i, "k") && token.SpaceBefore && i > 0 && t[i - 1].Kind == ChatTokenKind.Number) return i + 1;
                // "two thirds", "a fifth".
                if ((w.NumberKind != NumberWordKind.None || (w.Roles & WordRoles.Article) != 0) && IsRole(t, i + 1, WordRoles.FractionOrdinal)) return i + 2;
                // "australian dollars", "us dollar": a currency the chat layer would read as USD.
                if ((w.Roles & WordRoles.CurrencyQualifier) != 0 && i + 1 < t.Count && t[i + 1].Word is { Currency: not null }) return i + 2;
                // "c $ 16.4 million", "us $ 150 million", "hk $ 10.05 billion".
                if ((w.Roles & WordRoles.CurrencyQualifier) != 0 && IsSymbol(text, t, i + 1, '$')) return i + 2;
                // "75 USD million": a scale after a currency word.
                if (w.Scale > 0m && i > 0 && t[i - 1].Word is { Currency: not null }) return i + 1;
                // "322 hundred".
                if (w.NumberKind == NumberWordKind.Hundred && i > 0 && t[i - 1].Kind == ChatTokenKind.Number) return i + 1;
                // "USD115": a currency code glued before a number.
                if (w.CurrencyCode && i + 1 < t.Count && t[i + 1].Kind == ChatTokenKind.Number && !t[i + 1].SpaceBefore) return i + 2;
                return i;
            case ChatTokenKind.Number:
                // "1e10", "12.32e+14", "1e-4": scientific notation, which the chat layer skips as a name.
                if (IsWord(text, t, i + 1, "e") && !t[i + 1].SpaceBefore)
                {
                    var exponent = i + 2 < t.Count && !t[i + 2].SpaceBefore && t[i + 2].Kind == ChatTokenKind.Symbol && text[t[i + 2].Start] is '+' or '-' ? i + 3 : i + 2;
                    if (exponent < t.Count && t[exponent].Kind == ChatTokenKind.Number && !t[exponent].SpaceBefore) return exponent + 1;
                }
                // "3/4", "1/4": a proper fraction (not 50/50, 24/7 or a date, which the chat layer skips on purpose).
                if (IsProperFraction(text, t, i)) return i + 3;
                // "1.1^23": a power.
                if (IsSymbol(text, t, i + 1, '^')) return i + 2;
                // "115.5USD", "100EUR": a currency glued after a number.
                if (i + 1 < t.Count && !t[i + 1].SpaceBefore && t[i + 1].Word is { Currency: not null }) return i + 2;
                // "10 $", "100₾", "100,000 ₭": a currency sign after the number.
                if (i + 1 < t.Count && t[i + 1].Kind == ChatTokenKind.Symbol && IsCurrencySymbol(text, t[i + 1])) return i + 2;
                return i;
            case ChatTokenKind.Symbol:
                // "-5%", " -1": a sign, not a range's dash (no number just before it).
                if (text[token.Start] is '-' or '\u2212' && (i == 0 || token.SpaceBefore) && i + 1 < t.Count && t[i + 1].Kind == ChatTokenKind.Number
                    && !t[i + 1].SpaceBefore && (i == 0 || t[i - 1].Kind != ChatTokenKind.Number))
                    return i + 2;
                // ".08": a decimal without its leading zero.
                if (text[token.Start] == '.' && (i == 0 || token.SpaceBefore) && i + 1 < t.Count && t[i + 1].Kind == ChatTokenKind.Number && !t[i + 1].SpaceBefore)
                    return i + 2;
                // ¥ ₹ ₩ ₽ ₡ …: a currency sign the chat layer does not know ($ € £ it reads itself).
                return IsCurrencySymbol(text, token) && text[token.Start] is not ('$' or '\u20AC' or '\u00A3') ? i + 1 : i;
            default:
                return i;
        }
    }

    /// <summary>The index of the next spelled-number word after word i ("twenty five", "hundred and sixteen"), or i.</summary>
    private static int SpelledNext(string text, List<ChatToken> t, int i)
    {
        var j = i + 1;
        if (IsWord(text, t, j, "and")) j++;
        if (IsSymbol(text, t, j, '-')) j++;
        return j < t.Count && t[j].Word is { NumberKind: not NumberWordKind.None } ? j : i;
    }

    private static bool IsProperFraction(string text, List<ChatToken> t, int i)
    {
        if (!IsSymbol(text, t, i + 1, '/') || t[i + 1].SpaceBefore || i + 2 >= t.Count || t[i + 2].Kind != ChatTokenKind.Number || t[i + 2].SpaceBefore) return false;
        if (IsSymbol(text, t, i + 3, '/') || (i > 0 && IsSymbol(text, t, i - 1, '/'))) return false;
        var (numerator, denominator) = (t[i].Number, t[i + 2].Number);
        return !t[i].Fractional && !t[i + 2].Fractional && numerator > 0 && numerator < denominator && denominator <= 16;
    }

    private static bool IsNumeric(List<ChatToken> t, int i) =>
        i >= 0 && i < t.Count && (t[i].Kind == ChatTokenKind.Number || t[i].Word is { NumberKind: not NumberWordKind.None });

    private static bool IsWord(string text, List<ChatToken> t, int i, string word) =>
        i >= 0 && i < t.Count && t[i].Kind == ChatTokenKind.Word && text.AsSpan(t[i].Start, t[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsRole(List<ChatToken> t, int i, WordRoles role) => i < t.Count && t[i].Word is { } w && (w.Roles & role) != 0;

    private static bool IsSymbol(string text, List<ChatToken> t, int i, char c) => i < t.Count && t[i].Kind == ChatTokenKind.Symbol && text[t[i].Start] == c;

    private static bool IsCurrencySymbol(string text, ChatToken symbol) =>
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text, symbol.Start) == System.Globalization.UnicodeCategory.CurrencySymbol;
}

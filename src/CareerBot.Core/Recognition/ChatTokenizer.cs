namespace CareerBot.Core.Recognition;

/// <summary>
/// Splits a message into numbers, words and single-character symbols in one left-to-right pass, looking every word up
/// in the <see cref="ChatLexicon"/> once so the matchers never compare strings again.
/// </summary>
internal static class ChatTokenizer
{
    // Longer digit runs (ids, hashes, phone numbers) are never amounts and would overflow a decimal.
    private const int MaxIntegerDigits = 15;
    private const int MaxFractionDigits = 10;

    public static void Tokenize(string text, List<ChatToken> tokens)
    {
        var space = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }
            if (char.IsAsciiDigit(c)) i = ReadNumber(text, i, space, tokens);
            else if (char.IsLetter(c)) i = ReadWord(text, i, space, tokens);
            else
            {
                // A surrogate pair is one symbol, so no token ever splits a character.
                var end = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
                tokens.Add(new ChatToken(ChatTokenKind.Symbol, i, end, space, 0m, false, false, null));
                i = end;
            }
            space = false;
        }
    }

    private static int ReadWord(string text, int start, bool space, List<ChatToken> tokens)
    {
        var i = start + 1;
        while (i < text.Length)
        {
            if (char.IsLetter(text[i])) i++;
            else if (text[i] is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1])) i += 2;
            else break;
        }
        tokens.Add(new ChatToken(ChatTokenKind.Word, start, i, space, 0m, false, false, ChatLexicon.Find(text.AsSpan(start, i - start))));
        return i;
    }

    private static int ReadNumber(string text, int start, bool space, List<ChatToken> tokens)
    {
        var i = SkipDigits(text, start);
        var integerDigits = i - start;
        var grouped = false;
        // Thousands groups: 1-3 leading digits, then ",ddd" groups that are exactly three digits long.
        if (integerDigits <= 3)
        {
            while (i + 3 < text.Length && text[i] == ',' && IsDigitRun(text, i + 1, 3) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
            {
                grouped = true;
                integerDigits += 3;
                i += 4;
            }
        }
        var fractionDigits = 0;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            var fractionStart = i + 1;
            i = SkipDigits(text, fractionStart);
            fractionDigits = i - fractionStart;
            if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
            {
                // 1.2.3 is a version or an address, never an amount: swallow the whole dotted chain.
                while (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1])) i = SkipDigits(text, i + 1);
                tokens.Add(new ChatToken(ChatTokenKind.Opaque, start, i, space, 0m, false, false, null));
                return i;
            }
        }
        if (integerDigits > MaxIntegerDigits || fractionDigits > MaxFractionDigits)
        {
            tokens.Add(new ChatToken(ChatTokenKind.Opaque, start, i, space, 0m, false, false, null));
            return i;
        }
        tokens.Add(new ChatToken(ChatTokenKind.Number, start, i, space, ParseDigits(text.AsSpan(start, i - start)), grouped, fractionDigits > 0, null));
        return i;
    }

    private static decimal ParseDigits(ReadOnlySpan<char> s)
    {
        long integer = 0, fraction = 0;
        var scale = 0;
        var inFraction = false;
        foreach (var c in s)
        {
            if (c == ',') continue;
            if (c == '.')
            {
                inFraction = true;
                continue;
            }
            if (inFraction)
            {
                fraction = fraction * 10 + (c - '0');
                scale++;
            }
            else integer = integer * 10 + (c - '0');
        }
        return integer + (scale == 0 ? 0m : new decimal(fraction) / Pow10(scale));
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var k = 0; k < n; k++) p *= 10m;
        return p;
    }

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        return i;
    }

    private static bool IsDigitRun(string text, int start, int count)
    {
        for (var k = 0; k < count; k++)
            if (!char.IsAsciiDigit(text[start + k])) return false;
        return true;
    }
}

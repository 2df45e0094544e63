namespace CareerBot.Core.Routing;

/// <summary>
/// Turns normalised text into two bags of hashed features: words (stems and adjacent-stem pairs) and
/// character 3- and 4-grams (robust to typos and word forms the spelling corrector misses).
/// </summary>
public static class FeatureExtractor
{
    public static (Dictionary<ulong, float> Words, Dictionary<ulong, float> Chars) Extract(IReadOnlyList<string> contentWords)
    {
        var words = new Dictionary<ulong, float>();
        var chars = new Dictionary<ulong, float>();
        ExtractInto(contentWords, words, chars);
        return (words, chars);
    }

    /// <summary>Adds the features to bags the caller owns, so a caller on the per-message path can reuse them.</summary>
    public static void ExtractInto(IReadOnlyList<string> contentWords, Dictionary<ulong, float> words, Dictionary<ulong, float> chars)
    {
        ulong previous = 0;
        for (var i = 0; i < contentWords.Count; i++)
        {
            var stem = TextNormalizer.Stem(contentWords[i]);
            var h = Hash(stem, 1);
            Add(words, h);
            if (i > 0) Add(words, (previous * 31) ^ h ^ 0x9E3779B97F4A7C15UL);
            previous = h;
            AddCharGrams(chars, stem);
        }
    }

    private static void AddCharGrams(Dictionary<ulong, float> chars, string word)
    {
        // Pad with boundary marks so prefixes and suffixes are features of their own.
        Span<char> padded = stackalloc char[Math.Min(word.Length, 60) + 2];
        padded[0] = '<';
        word.AsSpan(0, padded.Length - 2).CopyTo(padded[1..]);
        padded[^1] = '>';
        for (var n = 3; n <= 4; n++)
            for (var i = 0; i + n <= padded.Length; i++)
                Add(chars, Hash(padded.Slice(i, n), (ulong)n));
    }

    private static void Add(Dictionary<ulong, float> bag, ulong key) =>
        bag[key] = bag.TryGetValue(key, out var count) ? count + 1 : 1;

    private static ulong Hash(ReadOnlySpan<char> text, ulong seed)
    {
        // FNV-1a, 64-bit: cheap, allocation-free, collisions negligible at this vocabulary size.
        var hash = 14695981039346656037UL ^ seed;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}

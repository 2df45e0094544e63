namespace CareerBot.Core.Routing;

/// <summary>
/// Maps a misspelt word to a known one within one edit (insert, delete, substitute, transpose),
/// using a deletion index so a lookup costs a few dictionary probes instead of a scan of the vocabulary.
/// </summary>
public sealed class SpellingCorrector
{
    private const int MinLength = 4;
    // Substituting a letter of a short word too often lands on another real word ("think" → "thank").
    private const int MinSubstitutionLength = 6;
    private readonly HashSet<string> _vocabulary;
    private readonly Dictionary<string, string> _byDeletion = new(StringComparer.Ordinal);

    public SpellingCorrector(IEnumerable<string> vocabulary, Func<string, int> frequency)
    {
        _vocabulary = new HashSet<string>(vocabulary, StringComparer.Ordinal);
        // When two words share a deletion, keep the more frequent one: it is the likelier intended word.
        foreach (var word in _vocabulary.Where(w => w.Length >= MinLength).OrderByDescending(frequency).ThenBy(w => w, StringComparer.Ordinal))
            for (var i = 0; i < word.Length; i++)
                _byDeletion.TryAdd(word.Remove(i, 1), word);
    }

    public bool IsKnown(string word) => _vocabulary.Contains(word);

    /// <summary>The known word closest to <paramref name="word"/>, or null when none is within one edit.</summary>
    public string? Correct(string word)
    {
        if (_vocabulary.Contains(word)) return word;
        if (word.Length < MinLength || word.Length > 30) return null;
        // Extra letter: the word minus one letter is known.
        for (var i = 0; i < word.Length; i++)
        {
            var deleted = word.Remove(i, 1);
            if (_vocabulary.Contains(deleted)) return deleted;
        }
        // Missing letter: a known word minus one letter equals the word.
        if (_byDeletion.TryGetValue(word, out var longer)) return longer;
        // Substitution or transposition: both lose a letter to the same string.
        if (word.Length < MinSubstitutionLength) return null;
        for (var i = 0; i < word.Length; i++)
            if (_byDeletion.TryGetValue(word.Remove(i, 1), out var candidate) && candidate.Length == word.Length)
                return candidate;
        return null;
    }
}

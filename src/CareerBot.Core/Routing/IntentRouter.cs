namespace CareerBot.Core.Routing;

/// <summary>
/// Nearest-neighbour intent router over TF-IDF word and character n-gram features of each intent's phrasings (a knowledge
/// entry's questions and title). Immutable: a knowledge change builds a new router, swapped in atomically by the knowledge base.
/// </summary>
public sealed class IntentRouter
{
    private const int MaxStackDocs = 4096;
    private readonly RouterOptions _options;
    private readonly string[] _intents;
    private readonly int[] _docIntent;
    private readonly TfIdfIndex _words;
    private readonly TfIdfIndex _chars;
    private readonly TfIdfIndex _intentWords;
    private readonly TfIdfIndex _intentChars;
    private readonly SpellingCorrector _speller;

    public IntentRouter(IReadOnlyList<IntentPhrasings> intents, RouterOptions options)
    {
        _options = options;
        _intents = intents.Select(e => e.Intent).ToArray();
        var phrases = intents
            .SelectMany((e, i) => e.Phrasings.Select(q => (Intent: i, Tokens: TextNormalizer.Tokenize(q))))
            .ToList();
        var frequency = phrases.SelectMany(p => p.Tokens).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        _speller = new SpellingCorrector(frequency.Keys.Where(w => !StopWords.Contains(w)), w => frequency[w]);
        _docIntent = phrases.Select(p => p.Intent).ToArray();
        var features = phrases.Select(p => (p.Intent, Features: FeatureExtractor.Extract(ContentWords(p.Tokens, correct: false)))).ToList();
        _words = new TfIdfIndex(features.Select(f => (f.Intent, f.Features.Words)).ToList(), _intents.Length, (float)options.UnknownFeatureWeight);
        _chars = new TfIdfIndex(features.Select(f => (f.Intent, f.Features.Chars)).ToList(), _intents.Length, (float)options.UnknownFeatureWeight);
        // One document per intent (all its phrases together): a centroid that smooths over a single lucky phrase match.
        _intentWords = new TfIdfIndex(Merge(features.Select(f => (f.Intent, f.Features.Words))), _intents.Length, (float)options.UnknownFeatureWeight);
        _intentChars = new TfIdfIndex(Merge(features.Select(f => (f.Intent, f.Features.Chars))), _intents.Length, (float)options.UnknownFeatureWeight);
    }

    public RouterOptions Options => _options;

    public RouteResult Route(string text)
    {
        var content = ContentWords(TextNormalizer.Tokenize(text), correct: true);
        // "hey bot, what can you do?" is a question with a greeting in front, not a greeting.
        while (content.Count > 2 && TextNormalizer.IsGreeting(content[0])) content.RemoveAt(0);
        if (content.Count == 0) return RouteResult.Empty;
        var features = QueryFeatures.ForThisThread(content);

        // Scratch space on the stack: routing runs for every message and should leave nothing for the GC.
        Span<float> scores = _docIntent.Length <= MaxStackDocs ? stackalloc float[_docIntent.Length] : new float[_docIntent.Length];
        scores.Clear();
        _words.Score(features.Words, scores, (float)_options.WordWeight);
        _chars.Score(features.Chars, scores, (float)(1 - _options.WordWeight));

        // Best phrase per intent (nearest neighbour), blended with the intent's centroid similarity.
        Span<float> best = _intents.Length <= MaxStackDocs ? stackalloc float[_intents.Length] : new float[_intents.Length];
        Span<float> centroid = _intents.Length <= MaxStackDocs ? stackalloc float[_intents.Length] : new float[_intents.Length];
        best.Clear();
        centroid.Clear();
        for (var d = 0; d < scores.Length; d++)
            if (scores[d] > best[_docIntent[d]]) best[_docIntent[d]] = scores[d];
        _intentWords.Score(features.Words, centroid, (float)_options.WordWeight);
        _intentChars.Score(features.Chars, centroid, (float)(1 - _options.WordWeight));
        var k = (float)_options.NeighbourWeight;
        for (var i = 0; i < best.Length; i++) best[i] = k * best[i] + (1 - k) * centroid[i];
        var ranked = TopThree(best);
        if (ranked.Count == 0) return RouteResult.Empty;
        var top = ranked[0];
        return new RouteResult(top.Intent, top.Score, ranked, top.Score < _options.DeclineThreshold);
    }

    /// <summary>How many content words the text has, and how many of them no knowledge entry uses even after spelling correction.</summary>
    public (int Content, int Unknown) CountUnknownWords(string text, Func<string, bool> ignore)
    {
        int content = 0, unknown = 0;
        foreach (var token in TextNormalizer.Tokenize(text))
        {
            if (StopWords.Contains(token) || TextNormalizer.IsGreeting(token) || ignore(token)) continue;
            content++;
            // A short word one edit from a known one is as often another word ("snow" → "now") as a typo.
            if (!_speller.IsKnown(token) && (token.Length < 5 || _speller.Correct(token) is null)) unknown++;
        }
        return (content, unknown);
    }

    /// <summary>The three best positive scores, best first; ties keep the lower index first, as a stable sort would.</summary>
    private List<IntentScore> TopThree(ReadOnlySpan<float> scores)
    {
        Span<int> top = [-1, -1, -1];
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] <= 0) continue;
            for (var slot = 0; slot < top.Length; slot++)
            {
                if (top[slot] >= 0 && scores[i] <= scores[top[slot]]) continue;
                for (var j = top.Length - 1; j > slot; j--) top[j] = top[j - 1];
                top[slot] = i;
                break;
            }
        }
        var ranked = new List<IntentScore>(3);
        foreach (var i in top)
            if (i >= 0) ranked.Add(new IntentScore(_intents[i], Math.Clamp(scores[i], 0, 1)));
        return ranked;
    }

    private static List<(int Intent, Dictionary<ulong, float> Counts)> Merge(IEnumerable<(int Intent, Dictionary<ulong, float> Counts)> docs) =>
        docs.GroupBy(d => d.Intent).Select(g =>
        {
            var merged = new Dictionary<ulong, float>();
            foreach (var (_, counts) in g)
                foreach (var (key, count) in counts) merged[key] = merged.GetValueOrDefault(key) + count;
            return (g.Key, merged);
        }).ToList();

    private List<string> ContentWords(List<string> tokens, bool correct)
    {
        var content = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (StopWords.Contains(token)) continue;
            content.Add(correct ? _speller.Correct(token) ?? token : token);
        }
        // A question made only of common words ("what can you do?") is still a question: use them all.
        return content.Count > 0 ? content : tokens;
    }
}

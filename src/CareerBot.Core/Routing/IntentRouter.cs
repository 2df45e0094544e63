using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Routing;

/// <summary>
/// Nearest-neighbour intent router over TF-IDF word and character n-gram features of each entry's questions and title.
/// Immutable: a knowledge change builds a new router, swapped in atomically by <see cref="KnowledgeBase"/>.
/// </summary>
public sealed class IntentRouter
{
    private readonly RouterOptions _options;
    private readonly string[] _intents;
    private readonly int[] _docIntent;
    private readonly TfIdfIndex _words;
    private readonly TfIdfIndex _chars;
    private readonly SpellingCorrector _speller;

    public IntentRouter(IReadOnlyList<KnowledgeEntry> entries, RouterOptions options)
    {
        _options = options;
        _intents = entries.Select(e => e.Id).ToArray();
        var phrases = entries
            .SelectMany((e, i) => e.Questions.Append(e.Title).Select(q => (Intent: i, Tokens: TextNormalizer.Tokenize(q))))
            .ToList();
        var frequency = phrases.SelectMany(p => p.Tokens).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        _speller = new SpellingCorrector(frequency.Keys.Where(w => !StopWords.Contains(w)), w => frequency[w]);
        _docIntent = phrases.Select(p => p.Intent).ToArray();
        var features = phrases.Select(p => (p.Intent, Features: FeatureExtractor.Extract(ContentWords(p.Tokens, correct: false)))).ToList();
        _words = new TfIdfIndex(features.Select(f => (f.Intent, f.Features.Words)).ToList(), _intents.Length);
        _chars = new TfIdfIndex(features.Select(f => (f.Intent, f.Features.Chars)).ToList(), _intents.Length);
    }

    public RouterOptions Options => _options;

    public RouteResult Route(string text)
    {
        var content = ContentWords(TextNormalizer.Tokenize(text), correct: true);
        if (content.Count == 0) return RouteResult.Empty;
        var (words, chars) = FeatureExtractor.Extract(content);

        var scores = new float[_docIntent.Length];
        _words.Score(words, scores, (float)_options.WordWeight);
        _chars.Score(chars, scores, (float)(1 - _options.WordWeight));

        // Best phrase per intent (nearest neighbour), then intents ranked.
        var best = new float[_intents.Length];
        for (var d = 0; d < scores.Length; d++)
            if (scores[d] > best[_docIntent[d]]) best[_docIntent[d]] = scores[d];
        var ranked = Enumerable.Range(0, best.Length)
            .Where(i => best[i] > 0)
            .OrderByDescending(i => best[i])
            .Take(3)
            .Select(i => new IntentScore(_intents[i], Math.Clamp(best[i], 0, 1)))
            .ToList();
        if (ranked.Count == 0) return RouteResult.Empty;
        var top = ranked[0];
        return new RouteResult(top.Intent, top.Score, ranked, top.Score < _options.DeclineThreshold);
    }

    private List<string> ContentWords(List<string> tokens, bool correct)
    {
        var content = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (StopWords.Contains(token)) continue;
            content.Add(correct ? _speller.Correct(token) ?? token : token);
        }
        return content;
    }
}

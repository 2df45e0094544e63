namespace CareerBot.Core.Routing;

/// <summary>
/// Cosine similarity of a query to every training phrase, via an inverted index over one feature family.
/// IDF is computed over intents, not phrases, so a word shared by many topics weighs little; features never
/// seen in training get the largest IDF, so off-topic words pull a query's similarity down.
/// </summary>
public sealed class TfIdfIndex
{
    private readonly Dictionary<ulong, float> _idf;
    private readonly float _unseenIdf;
    private readonly Dictionary<ulong, (int Doc, float Weight)[]> _postings;

    public TfIdfIndex(IReadOnlyList<(int Intent, Dictionary<ulong, float> Counts)> docs, int intentCount, float unseenWeight)
    {
        var intentsPerFeature = new Dictionary<ulong, HashSet<int>>();
        foreach (var (intent, counts) in docs)
            foreach (var key in counts.Keys)
            {
                if (!intentsPerFeature.TryGetValue(key, out var set)) intentsPerFeature[key] = set = [];
                set.Add(intent);
            }
        _unseenIdf = (MathF.Log(1 + intentCount) + 1) * unseenWeight;
        _idf = intentsPerFeature.ToDictionary(p => p.Key, p => MathF.Log((1f + intentCount) / (1 + p.Value.Count)) + 1);

        var postings = new Dictionary<ulong, List<(int, float)>>();
        for (var d = 0; d < docs.Count; d++)
        {
            var v = SparseVector.FromCounts(docs[d].Counts, Idf);
            for (var i = 0; i < v.Keys.Length; i++)
            {
                if (!postings.TryGetValue(v.Keys[i], out var list)) postings[v.Keys[i]] = list = [];
                list.Add((d, v.Weights[i]));
            }
        }
        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public float Idf(ulong key) => _idf.TryGetValue(key, out var idf) ? idf : _unseenIdf;

    public bool Contains(ulong key) => _idf.ContainsKey(key);

    /// <summary>Adds the cosine similarity of the query to each document, times <paramref name="scale"/>, into <paramref name="scores"/>.</summary>
    public void Score(Dictionary<ulong, float> queryCounts, Span<float> scores, float scale)
    {
        var query = SparseVector.FromCounts(queryCounts, Idf);
        for (var i = 0; i < query.Keys.Length; i++)
        {
            if (!_postings.TryGetValue(query.Keys[i], out var list)) continue;
            var w = query.Weights[i] * scale;
            foreach (var (doc, weight) in list) scores[doc] += w * weight;
        }
    }
}

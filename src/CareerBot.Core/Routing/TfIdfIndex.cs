namespace CareerBot.Core.Routing;

/// <summary>
/// Cosine similarity of a query to every training phrase, via an inverted index over one feature family.
/// IDF is computed over intents, not phrases, so a word shared by many topics weighs little; features never
/// seen in training get the largest IDF, so off-topic words pull a query's similarity down.
/// </summary>
public sealed class TfIdfIndex
{
    private const int StackLimit = 256;
    private readonly float _unseenIdf;
    // IDF and postings under one key, so scoring a query costs one lookup per feature.
    private readonly Dictionary<ulong, (float Idf, (int Doc, float Weight)[] Postings)> _features;

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
        var idf = intentsPerFeature.ToDictionary(p => p.Key, p => MathF.Log((1f + intentCount) / (1 + p.Value.Count)) + 1);

        var postings = new Dictionary<ulong, List<(int, float)>>();
        for (var d = 0; d < docs.Count; d++)
        {
            var v = SparseVector.FromCounts(docs[d].Counts, key => idf[key]);
            for (var i = 0; i < v.Keys.Length; i++)
            {
                if (!postings.TryGetValue(v.Keys[i], out var list)) postings[v.Keys[i]] = list = [];
                list.Add((d, v.Weights[i]));
            }
        }
        _features = postings.ToDictionary(p => p.Key, p => (idf[p.Key], p.Value.ToArray()));
    }

    /// <summary>Adds the cosine similarity of the query to each document, times <paramref name="scale"/>, into <paramref name="scores"/>.</summary>
    /// <remarks>The same weighting as <see cref="SparseVector.FromCounts"/>, without allocating on the per-message path.</remarks>
    public void Score(Dictionary<ulong, float> queryCounts, Span<float> scores, float scale)
    {
        var n = queryCounts.Count;
        var rentedWeights = n > StackLimit ? System.Buffers.ArrayPool<float>.Shared.Rent(n) : null;
        var rentedPostings = System.Buffers.ArrayPool<(int Doc, float Weight)[]?>.Shared.Rent(n);
        var weights = rentedWeights is null ? stackalloc float[n] : rentedWeights.AsSpan(0, n);
        try
        {
            double norm = 0;
            var i = 0;
            foreach (var (key, count) in queryCounts)
            {
                var found = _features.TryGetValue(key, out var feature);
                var w = (1 + MathF.Log(count)) * (found ? feature.Idf : _unseenIdf);
                weights[i] = w;
                rentedPostings[i++] = found ? feature.Postings : null;
                norm += w * w;
            }
            if (norm == 0) return;
            var unit = (float)(1 / Math.Sqrt(norm));
            for (i = 0; i < n; i++)
            {
                if (rentedPostings[i] is not { } list) continue;
                var w = weights[i] * unit * scale;
                foreach (var (doc, weight) in list) scores[doc] += w * weight;
            }
        }
        finally
        {
            Array.Clear(rentedPostings, 0, n);
            System.Buffers.ArrayPool<(int Doc, float Weight)[]?>.Shared.Return(rentedPostings);
            if (rentedWeights is not null) System.Buffers.ArrayPool<float>.Shared.Return(rentedWeights);
        }
    }
}

namespace CareerBot.Core.Routing;

/// <summary>An L2-normalised TF-IDF vector of hashed features.</summary>
public readonly record struct SparseVector(ulong[] Keys, float[] Weights)
{
    public static SparseVector FromCounts(Dictionary<ulong, float> counts, Func<ulong, float> idf)
    {
        var keys = new ulong[counts.Count];
        var weights = new float[counts.Count];
        var i = 0;
        double norm = 0;
        foreach (var (key, count) in counts)
        {
            var w = (1 + MathF.Log(count)) * idf(key);
            keys[i] = key;
            weights[i++] = w;
            norm += w * w;
        }
        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var j = 0; j < weights.Length; j++) weights[j] *= scale;
        }
        return new SparseVector(keys, weights);
    }
}

namespace CareerBot.Core.Routing;

/// <summary>
/// The feature bags of the query being routed, reused per thread: routing is synchronous and never re-entered on one
/// thread, so the bags are cleared and refilled instead of allocated for every message.
/// </summary>
internal sealed class QueryFeatures
{
    [ThreadStatic] private static QueryFeatures? _current;

    public Dictionary<ulong, float> Words { get; } = new();
    public Dictionary<ulong, float> Chars { get; } = new();

    public static QueryFeatures ForThisThread(IReadOnlyList<string> contentWords)
    {
        var features = _current ??= new QueryFeatures();
        features.Words.Clear();
        features.Chars.Clear();
        FeatureExtractor.ExtractInto(contentWords, features.Words, features.Chars);
        return features;
    }
}

using System.Text.RegularExpressions;

namespace CareerBot.Core.Knowledge;

/// <summary>The sources of an answer built from several entries, one line per article.</summary>
public static partial class SourceList
{
    /// <summary>
    /// Keeps the first line naming each article file: entries describe the same article with or without what it cites
    /// ("… (why-ml-engineers-are-paid-so-much.txt; cites Levels.fyi …)" and "… (why-ml-engineers-are-paid-so-much.txt)").
    /// </summary>
    public static IReadOnlyList<string> Merge(IEnumerable<string> sources) =>
        sources.DistinctBy(ArticleFile, StringComparer.Ordinal).ToList();

    private static string ArticleFile(string source) => ArticleFilePattern().Match(source) is { Success: true } m ? m.Value : source;

    [GeneratedRegex(@"[\w.-]+\.txt")]
    private static partial Regex ArticleFilePattern();
}

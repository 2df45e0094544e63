namespace CareerBot.Core.Answers;

/// <summary>Splits a multi-part question ("do I need a PhD and what do new grads make?") into its parts.</summary>
public static class QuestionClauses
{
    private static readonly string[] Separators = ["?", ";", " and also ", ", and ", " and what ", " and how ", " and do ", " and is ", " and should ", " also ",
        ", what ", ", how ", ", do ", ", is ", ", should "];
    private static readonly string[] QuestionWords = ["what", "how", "do", "is", "should"];
    private const int MinWords = 3;

    /// <summary>Most parts answered in one reply; a longer question gets the first three.</summary>
    public const int MaxParts = 3;

    /// <summary>The parts of a question, each long enough to stand alone; one element when it has one part.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var parts = new List<string> { text };
        foreach (var separator in Separators)
            parts = parts.SelectMany(p => SplitKeepingWord(p, separator)).ToList();
        var clauses = parts.Select(p => p.Trim(' ', ',', '.', '!')).Where(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords).ToList();
        return clauses.Count > 1 ? clauses : [text];
    }

    // " and what " and ", what " split before "what", keeping the question word with the second part.
    private static IEnumerable<string> SplitKeepingWord(string text, string separator)
    {
        var last = separator.Trim().Split(' ')[^1];
        var keep = QuestionWords.Contains(last) ? last : "";
        var pieces = text.Split(separator, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < pieces.Length; i++)
            yield return i > 0 && keep.Length > 0 ? keep + " " + pieces[i] : pieces[i];
    }
}

using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Answers;

/// <summary>The lines of an entry's text that name any of some terms, for quoting only the part a message asks about.</summary>
public static class EntryLines
{
    public static IReadOnlyList<string> Naming(KnowledgeEntry entry, IEnumerable<string> terms, bool withDetail = false)
    {
        var wanted = terms.Where(t => t.Length > 1).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var all = Parts(entry, withDetail);
        // A word on most lines ("ml" in an ML answer) picks nothing out: the rarer words say what is asked about.
        var telling = wanted.Where(t => all.Count(l => ContainsWord(l, t)) is > 0 and var n && n * 2 <= all.Count).ToList();
        var lines = all.Where(l => (telling.Count > 0 ? telling : wanted).Any(t => ContainsWord(l, t))).ToList();
        // The detail often restates a lead line with its citation: keep the fuller, later one.
        return lines.Where((line, i) => !lines.Skip(i + 1).Any(later => Restates(later, line))).ToList();
    }

    /// <summary>The entry's lines that stand as parts: the first line introduces the entry and the Sources line closes it.</summary>
    private static List<string> Parts(KnowledgeEntry entry, bool withDetail)
    {
        var text = withDetail && entry.Detail is { } detail ? entry.Answer + "\n" + detail : entry.Answer;
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Where(l => !l.StartsWith("*Source", StringComparison.Ordinal))
            .Select(l => l.TrimStart())
            .ToList();
    }

    /// <summary>Whether two lines say the same thing: most of their words (three letters or more) are shared.</summary>
    private static bool Restates(string a, string b)
    {
        var (wordsA, wordsB) = (Words(a), Words(b));
        var shared = wordsA.Intersect(wordsB).Count();
        return shared > 0 && shared >= 0.6 * Math.Min(wordsA.Count, wordsB.Count);
    }

    private static HashSet<string> Words(string line)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && char.IsLetterOrDigit(line[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0 && i - start >= 3) words.Add(line[start..i]);
            start = -1;
        }
        return words;
    }

    // Whole words only: "RL" must not match "world".
    private static bool ContainsWord(string line, string term)
    {
        for (var at = line.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + term.Length;
            if ((at == 0 || !char.IsLetterOrDigit(line[at - 1])) && (end == line.Length || !char.IsLetterOrDigit(line[end]))) return true;
        }
        return false;
    }
}

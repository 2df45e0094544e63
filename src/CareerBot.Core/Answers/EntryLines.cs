using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Answers;

/// <summary>The lines of an entry's text that name any of some terms, for quoting only the part a message asks about.</summary>
public static class EntryLines
{
    public static IReadOnlyList<string> Naming(KnowledgeEntry entry, IEnumerable<string> terms, bool withDetail = false)
    {
        var wanted = terms.Where(t => t.Length > 1).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var text = withDetail && entry.Detail is { } detail ? entry.Answer + "\n" + detail : entry.Answer;
        // The first line introduces the entry and the Sources line closes it: neither is a part of its own.
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Where(l => !l.StartsWith("*Source", StringComparison.Ordinal) && wanted.Any(t => ContainsWord(l, t)))
            .Select(l => l.TrimStart())
            .ToList();
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

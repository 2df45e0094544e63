using System.Text.RegularExpressions;
using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Moderation;

/// <summary>
/// Checks a moderator's change with the same rules as the knowledge files (by writing and re-reading the file it would
/// export to) plus chat safety: no mass or role pings.
/// </summary>
public static partial class EntryValidator
{
    /// <summary>The checked content (trimmed as the file loader reads it), or the problem.</summary>
    public static (EntryContent? Content, string? Problem) Check(string id, EntryContent content, KnowledgeSnapshot current, DateOnly today)
    {
        foreach (var text in content.Questions.Prepend(content.Title).Append(content.Answer).Append(content.Detail ?? ""))
            if (MassMention().Match(text) is { Success: true } ping)
                return (null, $"the text contains `{ping.Value}`, which would notify many people at once; remove it");

        KnowledgeEntry parsed;
        try
        {
            parsed = KnowledgeFileParser.Parse(id + ".md", KnowledgeFileWriter.Write(content.ToEntry(id, today)));
        }
        catch (KnowledgeFileException e)
        {
            // The file rules speak of "the answer", "'title'" or "needs ..."; name the entry for the last kind.
            return (null, e.Problem.StartsWith("needs", StringComparison.Ordinal) ? $"`{id}` {e.Problem}" : e.Problem);
        }

        var duplicates = parsed.Questions.GroupBy(q => q, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicates is not null) return (null, $"the question \"{duplicates.Key}\" is listed twice");
        foreach (var other in current.Ordered.Where(e => e.Id != id))
            foreach (var q in parsed.Questions)
                if (other.Questions.Contains(q, StringComparer.OrdinalIgnoreCase))
                    return (null, $"the question \"{q}\" already belongs to `{other.Id}`");
        foreach (var related in parsed.Related)
            if (current.Find(related) is null && related != id)
                return (null, $"related id `{related}` does not exist");
        return (EntryContent.From(parsed), null);
    }

    /// <summary>@everyone/@here (Discord), &lt;!channel&gt;/&lt;!here&gt;/&lt;!everyone&gt; and user groups (Slack), role pings (Discord).</summary>
    [GeneratedRegex(@"@(everyone|here)\b|<!(channel|here|everyone)(\|[^>]*)?>|<!subteam\^[^>]*>|<@&\d+>", RegexOptions.IgnoreCase)]
    private static partial Regex MassMention();
}

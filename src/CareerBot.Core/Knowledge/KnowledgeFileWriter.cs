using System.Globalization;
using System.Text;

namespace CareerBot.Core.Knowledge;

/// <summary>Writes an entry in the knowledge file format that <see cref="KnowledgeFileParser"/> reads (used by <c>kb export</c> and diffs).</summary>
public static class KnowledgeFileWriter
{
    public static string Write(KnowledgeEntry entry)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("id: ").Append(entry.Id).Append('\n');
        sb.Append("title: ").Append(Quote(entry.Title)).Append('\n');
        List(sb, "questions", entry.Questions);
        List(sb, "tags", entry.Tags);
        List(sb, "sources", entry.Sources);
        List(sb, "related", entry.Related);
        sb.Append("reviewed: ").Append(entry.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("---\n");
        sb.Append(entry.Answer).Append('\n');
        if (entry.Detail is not null)
            sb.Append('\n').Append(KnowledgeLimits.MoreMarker).Append("\n\n").Append(entry.Detail).Append('\n');
        return sb.ToString();
    }

    private static void List(StringBuilder sb, string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0) { sb.Append(key).Append(": []\n"); return; }
        sb.Append(key).Append(":\n");
        foreach (var v in values) sb.Append("  - ").Append(Quote(v)).Append('\n');
    }

    /// <summary>A YAML double-quoted scalar: safe for any text, including colons, quotes and leading dashes.</summary>
    private static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}

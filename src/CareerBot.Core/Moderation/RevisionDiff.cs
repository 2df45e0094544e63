using System.Text;
using CareerBot.Core.Knowledge;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace CareerBot.Core.Moderation;

/// <summary>Renders the change between two versions of an entry as a chat-sized <c>```diff</c> block over the file format.</summary>
public static class RevisionDiff
{
    private const int ContextLines = 2;
    private const int MaxLength = 1500;

    public static string Render(string id, EntryContent before, EntryContent after)
    {
        var lines = InlineDiffBuilder.Diff(Text(id, before), Text(id, after), ignoreWhiteSpace: false, ignoreCase: false, new LineChunker()).Lines;
        var changed = lines.Select(l => l.Type is ChangeType.Inserted or ChangeType.Deleted).ToArray();
        if (!changed.Contains(true)) return "_No differences._";

        var sb = new StringBuilder("```diff\n");
        var skipped = false;
        var omitted = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var near = Enumerable.Range(Math.Max(0, i - ContextLines), Math.Min(lines.Count, i + ContextLines + 1) - Math.Max(0, i - ContextLines)).Any(j => changed[j]);
            if (!near) { skipped = true; continue; }
            var line = lines[i].Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            } + Defuse(lines[i].Text);
            if (sb.Length + line.Length > MaxLength) { omitted++; continue; }
            if (skipped) { sb.Append("  …\n"); skipped = false; }
            sb.Append(line).Append('\n');
        }
        if (omitted > 0) sb.Append($"  … ({omitted} more lines)\n");
        return sb.Append("```").ToString();
    }

    /// <summary>Breaks runs of backticks with zero-width spaces so content can never close the code block.</summary>
    internal static string Defuse(string text) => text.Replace("`", "`\u200B").TrimEnd('\u200B');

    /// <summary>The file text without its reviewed date, so the diff shows content changes only.</summary>
    private static string Text(string id, EntryContent content) => string.Join('\n',
        KnowledgeFileWriter.Write(content.ToEntry(id, default)).Split('\n').Where(l => !l.StartsWith("reviewed: ", StringComparison.Ordinal)));
}

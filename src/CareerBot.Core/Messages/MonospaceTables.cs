using System.Text;

namespace CareerBot.Core.Messages;

/// <summary>
/// Markdown pipe tables → aligned monospace code blocks, for Discord and Slack, which show no Markdown tables (a raw
/// <c>| Year | Base |</c> is unreadable there). The first column is left-aligned, the figures right-aligned; bold is dropped
/// because a code block cannot show it.
/// </summary>
public static class MonospaceTables
{
    public static string Convert(string markdown)
    {
        if (!markdown.Contains('|')) return markdown;
        var output = new StringBuilder();
        var table = new List<string[]>();
        foreach (var line in markdown.Split('\n'))
        {
            if (IsRow(line))
            {
                if (!IsSeparator(line)) table.Add(Cells(line));
                continue;
            }
            Flush(output, table);
            output.Append(line).Append('\n');
        }
        Flush(output, table);
        return output.ToString().TrimEnd('\n');
    }

    private static bool IsRow(string line) => line.TrimStart().StartsWith('|') && line.TrimEnd().EndsWith('|') && line.Trim().Length > 1;

    private static bool IsSeparator(string line) => line.Trim().Trim('|').Split('|').All(c => c.Trim().Trim(':').Length > 0 && c.Trim().Trim(':').All(ch => ch == '-'));

    private static string[] Cells(string line) =>
        line.Trim().Trim('|').Split('|').Select(c => c.Trim().Replace("**", "", StringComparison.Ordinal)).ToArray();

    private static void Flush(StringBuilder output, List<string[]> table)
    {
        if (table.Count == 0) return;
        var columns = table.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(c => table.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        output.Append("```\n");
        foreach (var row in table)
        {
            for (var c = 0; c < columns; c++)
            {
                var cell = c < row.Length ? row[c] : "";
                if (c > 0) output.Append("  ");
                output.Append(c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            }
            // Trailing spaces of a left-aligned last column would only widen the block.
            while (output[^1] == ' ') output.Length--;
            output.Append('\n');
        }
        output.Append("```\n");
        table.Clear();
    }
}

using System.Text;

namespace CareerBot.Adapters.Outbound;

/// <summary>
/// Splits reply text into pieces no longer than a platform's limit (Discord's 2,000 characters a message, Slack's 3,000 a
/// section): at line breaks first, then between words; never inside a <c>&lt;…&gt;</c> token (a mention, a channel or a
/// link); a code fence cut in two is closed and reopened, with its language, so both pieces render as code.
/// </summary>
public static class TextSplitter
{
    private const string Fence = "```";
    private const string FenceClose = "\n" + Fence;

    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 16);
        text = text.Trim();
        if (text.Length <= limit) return text.Length == 0 ? [] : [text];
        // Room for the fence that closes a piece and a plain one that reopens the next.
        var budget = limit - 2 * FenceClose.Length;
        var pieces = new List<string>();
        var current = new StringBuilder();
        string? openFence = null;
        foreach (var line in text.Split('\n'))
        {
            // A reopened fence with a language (```python) takes more room than a plain one.
            var lineBudget = openFence is null ? budget : Math.Min(budget, limit - openFence.Length - 1 - FenceClose.Length);
            foreach (var piece in CutLongLine(line, lineBudget))
            {
                // Checked once per piece: after a cut, the reopened fence and the piece fit by lineBudget.
                if (current.Length > 0 && current.Length + 1 + piece.Length > budget)
                {
                    pieces.Add(Close(current, openFence is not null));
                    current.Clear();
                    if (openFence is not null) current.Append(openFence);
                }
                if (current.Length > 0) current.Append('\n');
                current.Append(piece);
                if (CountFences(piece) % 2 == 1)
                    openFence = openFence is null ? OpeningFence(piece) : null;
            }
        }
        if (current.ToString().Trim() is { Length: > 0 } last) pieces.Add(last);
        return pieces.Where(p => p.Length > 0).ToList();
    }

    /// <summary>The first piece with an ellipsis when there was more.</summary>
    public static string Truncate(string text, int limit)
    {
        if (text.Length <= limit) return text;
        return Split(text, limit - 1) is [var first, ..] ? first + "…" : "";
    }

    private static string Close(StringBuilder piece, bool inFence)
    {
        var text = piece.ToString().Trim();
        return inFence ? text + FenceClose : text;
    }

    /// <summary>The fence as it opened (with its language), or a plain one when the line carries more than the fence.</summary>
    private static string OpeningFence(string line) =>
        line.Trim() is var trimmed && trimmed.StartsWith(Fence, StringComparison.Ordinal) && !trimmed.Contains(' ') ? trimmed : Fence;

    private static int CountFences(string line)
    {
        var count = 0;
        for (var i = line.IndexOf(Fence, StringComparison.Ordinal); i >= 0; i = line.IndexOf(Fence, i + Fence.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static IEnumerable<string> CutLongLine(string line, int max)
    {
        while (line.Length > max)
        {
            var cut = CutPoint(line, max);
            yield return line[..cut].TrimEnd();
            line = line[cut..].TrimStart();
        }
        yield return line;
    }

    /// <summary>The last space before the limit, moved before an unclosed &lt; so a link or mention stays whole.</summary>
    private static int CutPoint(string line, int max)
    {
        var cut = line.LastIndexOf(' ', max - 1);
        if (cut <= max / 2) cut = max;
        var open = line.LastIndexOf('<', cut - 1);
        if (open > 0 && line.LastIndexOf('>', cut - 1) < open) cut = open;
        return cut;
    }
}

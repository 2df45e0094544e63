using System.Text;

namespace CareerBot.Slack.Outbound;

/// <summary>
/// Splits mrkdwn into pieces no longer than a limit: at paragraph, then line, then word boundaries; never inside a
/// <c>&lt;…&gt;</c> control sequence; a code fence cut in two is closed and reopened so both pieces render as code.
/// </summary>
public static class TextChunker
{
    private const string Fence = "```";

    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        if (text.Length <= maxLength) return [text];
        // Room for the fence that closes a piece and the one that reopens the next.
        var budget = maxLength - 2 * (Fence.Length + 1);
        var pieces = new List<string>();
        var current = new StringBuilder();
        var inFence = false;
        foreach (var line in SplitLongLines(text.Split('\n'), budget))
        {
            if (current.Length > 0 && current.Length + 1 + line.Length > budget)
            {
                pieces.Add(Close(current, inFence));
                current.Clear();
                if (inFence) current.Append(Fence);
            }
            if (current.Length > 0) current.Append('\n');
            current.Append(line);
            if (CountFences(line) % 2 == 1) inFence = !inFence;
        }
        if (current.Length > 0) pieces.Add(current.ToString().TrimEnd());
        return pieces.Where(p => p.Length > 0).ToList();
    }

    /// <summary>The first piece with an ellipsis when there was more.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        return Split(text, maxLength - 1)[0] + "…";
    }

    private static string Close(StringBuilder piece, bool inFence)
    {
        var text = piece.ToString().TrimEnd();
        return inFence ? text + "\n" + Fence : text;
    }

    private static int CountFences(string line)
    {
        var count = 0;
        for (var i = line.IndexOf(Fence, StringComparison.Ordinal); i >= 0; i = line.IndexOf(Fence, i + Fence.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static IEnumerable<string> SplitLongLines(IEnumerable<string> lines, int budget)
    {
        foreach (var line in lines)
        {
            var rest = line;
            while (rest.Length > budget)
            {
                var cut = CutPoint(rest, budget);
                yield return rest[..cut].TrimEnd();
                rest = rest[cut..].TrimStart();
            }
            yield return rest;
        }
    }

    /// <summary>The last space before the limit, moved before an unclosed &lt; so a link or mention stays whole.</summary>
    private static int CutPoint(string line, int budget)
    {
        var cut = line.LastIndexOf(' ', budget - 1);
        if (cut <= budget / 2) cut = budget;
        var open = line.LastIndexOf('<', cut - 1);
        if (open > 0 && line.LastIndexOf('>', cut - 1) < open) cut = open;
        return cut;
    }
}

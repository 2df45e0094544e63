using System.Text;

namespace CareerBot.Discord.Outbound;

/// <summary>
/// Splits text into messages of at most <c>limit</c> characters, at line breaks where it can, never inside a mention token,
/// and closing and reopening a code fence that a cut falls into.
/// </summary>
public static class MessageSplitter
{
    public const int DiscordLimit = 2000;
    private const string FenceClose = "\n```";

    public static IReadOnlyList<string> Split(string text, int limit = DiscordLimit)
    {
        text = text.Trim();
        if (text.Length <= limit) return text.Length == 0 ? [] : [text];

        var parts = new List<string>();
        var current = new StringBuilder();
        string? openFence = null;
        foreach (var line in text.Split('\n'))
        {
            foreach (var piece in CutLongLine(line, limit - 16))
            {
                var reserve = openFence is null ? 0 : FenceClose.Length;
                if (current.Length > 0 && current.Length + 1 + piece.Length + reserve > limit)
                {
                    if (openFence is not null) current.Append(FenceClose);
                    parts.Add(current.ToString().Trim());
                    current.Clear();
                    if (openFence is not null) current.Append(openFence);
                }
                if (current.Length > 0) current.Append('\n');
                current.Append(piece);
                if (piece.TrimStart().StartsWith("```", StringComparison.Ordinal))
                    openFence = openFence is null ? piece.Trim() : null;
            }
        }
        if (current.ToString().Trim() is { Length: > 0 } last) parts.Add(last);
        return parts;
    }

    private static IEnumerable<string> CutLongLine(string line, int max)
    {
        while (line.Length > max)
        {
            var cut = line.LastIndexOf(' ', max);
            if (cut <= max / 2) cut = max;
            // Never cut a <@id>, <#id> or <https://…> token in two.
            var open = line.LastIndexOf('<', cut - 1);
            if (open > 0 && line.IndexOf('>', open) is var close && close >= cut) cut = open;
            yield return line[..cut].TrimEnd();
            line = line[cut..].TrimStart();
        }
        yield return line;
    }
}

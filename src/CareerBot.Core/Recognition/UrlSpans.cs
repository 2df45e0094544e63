namespace CareerBot.Core.Recognition;

/// <summary>
/// Where a message holds web addresses (http://…, https://…, www.…): nothing inside one is an amount, however many "%"
/// its query string has (<c>?q=30%25%2020%</c>).
/// </summary>
internal static class UrlSpans
{
    /// <summary>The addresses in order, or null when there are none (the usual case, found without allocating).</summary>
    public static List<TextSpan>? Find(string text)
    {
        List<TextSpan>? found = null;
        var from = 0;
        while (from < text.Length)
        {
            var scheme = text.IndexOf("://", from, StringComparison.Ordinal);
            var www = text.IndexOf("www.", from, StringComparison.OrdinalIgnoreCase);
            var at = scheme < 0 ? www : www < 0 ? scheme : Math.Min(scheme, www);
            if (at < 0) break;
            // The address is the whole whitespace-delimited run around the mark.
            var start = at;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
            var end = at;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            (found ??= []).Add(new TextSpan(start, end));
            from = end;
        }
        return found;
    }
}

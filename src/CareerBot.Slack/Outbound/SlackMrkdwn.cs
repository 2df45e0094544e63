using System.Text;
using System.Text.RegularExpressions;

namespace CareerBot.Slack.Outbound;

/// <summary>
/// Turns CareerBot's Markdown into Slack mrkdwn. Everything is escaped first (&amp;, &lt;, &gt;), so nothing from a user
/// or an answer can become a <c>&lt;!channel&gt;</c> ping or a mention; only links written as [text](http…) become control sequences.
/// </summary>
public static partial class SlackMrkdwn
{
    private const char BoldMark = '\u0001';

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Inbound Slack text arrives escaped; the pipeline reads the plain characters.</summary>
    public static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    /// <summary>
    /// Markdown for places Slack shows as plain text (a modal's field error): code blocks become "…" (a diff does not
    /// fit there) and bold marks go; the rest reads fine as it is.
    /// </summary>
    public static string ToPlainText(string markdown) =>
        FencePattern().Replace(markdown, "…").Replace("**", "", StringComparison.Ordinal).Trim();

    public static string FromMarkdown(string markdown)
    {
        var sb = new StringBuilder(markdown.Length + 16);
        var last = 0;
        // Code is escaped but otherwise left alone: `**` inside code is not bold.
        foreach (Match code in CodePattern().Matches(markdown))
        {
            sb.Append(ConvertProse(markdown[last..code.Index]));
            sb.Append(Escape(code.Value));
            last = code.Index + code.Length;
        }
        sb.Append(ConvertProse(markdown[last..]));
        return sb.ToString();
    }

    private static string ConvertProse(string text)
    {
        if (text.Length == 0) return text;
        var s = Escape(text.Replace(BoldMark, ' '));
        s = BulletPattern().Replace(s, "$1• ");
        s = LinkPattern().Replace(s, m => $"<{m.Groups[2].Value}|{m.Groups[1].Value.Replace('|', '/')}>");
        s = BoldPattern().Replace(s, m => BoldMark + m.Groups[1].Value + m.Groups[2].Value + BoldMark);
        s = ItalicPattern().Replace(s, "_$1_");
        s = StrikePattern().Replace(s, "~$1~");
        s = HeadingPattern().Replace(s, m => BoldMark + m.Groups[1].Value.Trim() + BoldMark);
        return s.Replace(BoldMark, '*');
    }

    [GeneratedRegex(@"```[\s\S]*?```|`[^`\n]+`")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"```[\s\S]*?(```|$)")]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"^([ \t]*)[-*+][ \t]+", RegexOptions.Multiline)]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"\[([^\]\n]+)\]\(((?:https?://|mailto:)[^\s()<>]+)\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")]
    private static partial Regex BoldPattern();

    [GeneratedRegex(@"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")]
    private static partial Regex ItalicPattern();

    [GeneratedRegex(@"~~(?=\S)(.+?)(?<=\S)~~")]
    private static partial Regex StrikePattern();

    [GeneratedRegex(@"^#{1,6}[ \t]+(.+)$", RegexOptions.Multiline)]
    private static partial Regex HeadingPattern();
}

using System.Text;

namespace CareerBot.Core.Messages;

/// <summary>
/// Makes text unable to ping anyone on any platform, whatever a user typed into it: @everyone/@here (Discord),
/// role and user mentions (&lt;@&amp;id&gt;, &lt;@id&gt;), Slack's &lt;!channel&gt;/&lt;!here&gt;/&lt;!everyone&gt;/&lt;!subteam^…&gt;.
/// A zero-width joiner after '@' or '&lt;' keeps the text readable while breaking the syntax.
/// Adapters still set their platform's own guards (Discord allowed_mentions, Slack escaping); this is the floor under them.
/// </summary>
public static class MentionGuard
{
    private const char Breaker = '\u2060';

    public static string Neutralize(string text)
    {
        if (text.IndexOf('@') < 0 && text.IndexOf('<') < 0) return text;
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            sb.Append(c);
            var rest = text.AsSpan(i + 1);
            if (c == '@' && (rest.StartsWith("everyone", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("here", StringComparison.OrdinalIgnoreCase)))
                sb.Append(Breaker);
            else if (c == '<' && rest.Length > 0 && rest[0] is '@' or '!' or '#')
                sb.Append(Breaker);
        }
        return sb.ToString();
    }

    /// <summary>User text shown inside inline code: backticks removed so it cannot close the code span, mentions neutralized.</summary>
    public static string InlineCode(string userText, int maxLength = 60)
    {
        var cleaned = userText.Replace("`", "", StringComparison.Ordinal).Replace('\n', ' ');
        if (cleaned.Length > maxLength) cleaned = cleaned[..maxLength] + "…";
        return "`" + Neutralize(cleaned) + "`";
    }
}

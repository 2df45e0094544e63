using System.Text;

namespace CareerBot.Core.Pipeline;

/// <summary>Cleans incoming text before anything reads it, and says plainly what is wrong with text it cannot use.</summary>
public static class MessageText
{
    /// <summary>Removes control, format (zero-width, bidi) and unpaired surrogate characters; keeps line breaks (Markdown in /kb edits needs them).</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, InputLimits.MaxMessageLength + 1));
        for (var i = 0; i < text.Length && sb.Length <= InputLimits.MaxMessageLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); }
                continue;
            }
            if (char.IsLowSurrogate(c)) continue;
            if (c == '\n') { sb.Append(c); continue; }
            if (c == '\t') { sb.Append(' '); continue; }
            var category = char.GetUnicodeCategory(c);
            if (category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format) continue;
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    /// <summary>A reply explaining why the text cannot be answered, or null when it can.</summary>
    public static string? Problem(string original, string cleaned)
    {
        if (original.Length > InputLimits.MaxMessageLength)
            return $"That message is {original.Length:N0} characters long; I read questions up to {InputLimits.MaxMessageLength:N0}. Ask one short question, e.g. *What does a senior ML engineer earn?*";
        if (cleaned.Length == 0)
            return "I didn't get a question there. Try e.g. *Do I need a PhD to be an ML engineer?* or type `/help`.";
        if (!cleaned.Any(char.IsLetterOrDigit))
            return "I can only read words, not emoji or symbols alone. Ask e.g. *How much do new grad ML engineers make?*";
        return null;
    }
}

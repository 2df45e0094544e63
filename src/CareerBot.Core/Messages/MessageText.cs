using System.Globalization;
using System.Text;

namespace CareerBot.Core.Messages;

/// <summary>Cleans incoming text before anything reads it, and says plainly what is wrong with text it cannot use.</summary>
public static class MessageText
{
    /// <summary>Removes control, format (zero-width, bidi) and unpaired surrogate characters; keeps line breaks (Markdown in /kb edits needs them) and the joiners inside emoji.</summary>
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
            // A zero-width joiner between two emoji is part of one (👩‍💻 is 👩 ZWJ 💻); anywhere else it only hides text.
            if (c == ZeroWidthJoiner && JoinsEmoji(sb, text, i)) { sb.Append(c); continue; }
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format) continue;
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    /// <summary>A reply explaining why the text cannot be answered, or null when it can.</summary>
    public static string? Problem(string original, string cleaned)
    {
        if (TooLong(original.Length) is { } tooLong) return tooLong;
        if (cleaned.Length == 0)
            return "I didn't get a question there. Try e.g. *Do I need a PhD to be an ML engineer?* or type `/help`.";
        if (!cleaned.Any(char.IsLetterOrDigit))
            return "I can only read words, not emoji or symbols alone. Ask e.g. *How much do new grad ML engineers make?*";
        return null;
    }

    /// <summary>The reply for input longer than the bot reads, or null when <paramref name="length"/> is within the limit.</summary>
    public static string? TooLong(int length) => length > InputLimits.MaxMessageLength
        ? $"That message is {length:N0} characters long; I read questions up to {InputLimits.MaxMessageLength:N0}. Ask one short question, e.g. *What does a senior ML engineer earn?*"
        : null;

    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>True when the joiner at <paramref name="index"/> follows an emoji already kept and precedes another.</summary>
    private static bool JoinsEmoji(StringBuilder kept, string text, int index) =>
        kept.Length > 0 && IsEmojiEnd(kept[^1]) && index + 1 < text.Length && IsEmojiStart(text, index + 1);

    // Emoji outside the BMP end in a low surrogate; ♀, ⚕ and friends are symbols; U+FE0F asks for emoji presentation.
    private static bool IsEmojiEnd(char c) =>
        char.IsLowSurrogate(c) || c == '\uFE0F' || char.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol;

    private static bool IsEmojiStart(string text, int index) =>
        char.IsHighSurrogate(text[index]) || char.GetUnicodeCategory(text[index]) == UnicodeCategory.OtherSymbol;
}

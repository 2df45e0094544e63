using System.Text;

namespace CareerBot.Core.Commands;

/// <summary>Parses the one command syntax every adapter shares: <c>/name key:value key:"quoted value" positional words</c>.</summary>
public static class SlashCommandParser
{
    public static bool IsCommand(string text) => text.Length > 1 && text[0] == '/' && char.IsLetter(text[1]);

    public static ParsedCommand? Parse(string text)
    {
        text = text.Trim();
        if (!IsCommand(text)) return null;
        var nameEnd = 1;
        while (nameEnd < text.Length && !char.IsWhiteSpace(text[nameEnd])) nameEnd++;
        var name = text[1..nameEnd].ToLowerInvariant();
        var arguments = text[nameEnd..].Trim();

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var positionals = new List<string>();
        var repeated = new List<string>();
        foreach (var token in Tokenize(arguments))
        {
            var colon = token.Raw.IndexOf(':');
            var isOption = colon > 0 && !token.QuotedKey && IsKey(token.Raw.AsSpan(0, colon));
            if (!isOption)
            {
                positionals.Add(token.Value);
                continue;
            }
            var key = token.Raw[..colon].ToLowerInvariant();
            if (options.ContainsKey(key) && !repeated.Contains(key)) repeated.Add(key);
            options[key] = token.Value[(colon)..].TrimStart(':');
        }
        return new ParsedCommand(name, options, positionals, arguments) { RepeatedOptions = repeated };
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '-') return false;
        return true;
    }

    private readonly record struct Token(string Raw, string Value, bool QuotedKey);

    /// <summary>Splits on whitespace, keeping "quoted parts" (straight or curly quotes) together and removing the quotes.</summary>
    private static IEnumerable<Token> Tokenize(string s)
    {
        var raw = new StringBuilder();
        var value = new StringBuilder();
        var inQuote = false;
        var quotedKey = false;
        char closing = '"';
        foreach (var c in s)
        {
            if (inQuote)
            {
                if (c == closing) inQuote = false;
                else { raw.Append(c); value.Append(c); }
                continue;
            }
            if (c is '"' or '“' or '”' or '\'' && (value.Length == 0 || value[^1] == ':'))
            {
                inQuote = true;
                quotedKey |= value.Length == 0;
                closing = c == '“' ? '”' : c;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (raw.Length > 0) yield return new Token(raw.ToString(), value.ToString(), quotedKey);
                raw.Clear(); value.Clear(); quotedKey = false;
                continue;
            }
            raw.Append(c); value.Append(c);
        }
        if (raw.Length > 0) yield return new Token(raw.ToString(), value.ToString(), quotedKey);
    }
}

namespace CareerBot.Core.Commands;

/// <summary>
/// Parses the one command syntax every adapter shares: <c>/name key:value key:"quoted value" positional words</c>, with
/// the quoting rules of <see cref="ArgumentScanner"/>; any <c>word:</c> made of letters, digits, <c>-</c> and <c>_</c> names an option.
/// </summary>
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
        var scanner = new ArgumentScanner(arguments, key => IsKey(key) ? key.ToLowerInvariant() : null);
        while (!scanner.AtEnd)
        {
            if (scanner.PeekName() is not { } key)
            {
                positionals.Add(scanner.TakeValue(runsToEnd: false));
                continue;
            }
            scanner.SkipName(key);
            if (options.ContainsKey(key) && !repeated.Contains(key)) repeated.Add(key);
            options[key] = scanner.TakeValue(runsToEnd: false);
        }
        return new ParsedCommand(name, options, positionals, arguments) { RepeatedOptions = repeated };
    }

    private static bool IsKey(string key)
    {
        foreach (var c in key)
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '-') return false;
        return true;
    }
}

using System.Globalization;
using CareerBot.Core.Commands;

namespace CareerBot.Core.ModeratorCommands;

/// <summary>
/// Reads a /kb sub-command's arguments in both forms adapters send: positional as typed on the console and Slack
/// (<c>/kb set phd-value from:3 New text…</c>) and named as Discord options arrive (<c>/kb set id:phd-value markdown:"New text…"</c>).
/// The last text option (the Markdown, the question, the search words) takes the rest of the text exactly as typed.
/// </summary>
public sealed class KbArguments
{
    /// <summary>Options every changing sub-command accepts besides its catalog options.</summary>
    public const string From = Commands.CommandCatalog.FromOption;
    public const string Comment = Commands.CommandCatalog.CommentOption;
    /// <summary>The optional source of /kb set and add.</summary>
    public const string Source = "source";

    private readonly Dictionary<string, string> _values;

    private KbArguments(Dictionary<string, string> values) => _values = values;

    public string? this[string name] => _values.GetValueOrDefault(name);

    /// <summary>
    /// Names the values of typed text (what follows <c>/kb set</c>): each value under its option, and the first word that
    /// fits no option, if any. Read once, where the text arrives; <see cref="Typed"/> then checks the result.
    /// </summary>
    public static (IReadOnlyDictionary<string, string> Values, string? Unplaced) Name(string text, CommandDescriptor sub)
    {
        var keys = Keys(sub);
        // The free text is the last required option (optional ones after it, like source:, are given by name before it).
        var freeText = (sub.Options.LastOrDefault(o => o.Required) ?? sub.Options.LastOrDefault()) is { Type: CommandOptionType.Text, Autocomplete: false } last ? last.Name : null;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var scanner = new ArgumentScanner(text, name => keys.TryGetValue(name, out var known) ? known : null);
        while (!scanner.AtEnd)
        {
            // An option already given is not given again: "id:…" or "from:…" there is where the text begins, so an answer
            // starting with it is neither saved to another entry nor over another version.
            if (scanner.PeekName() is { } key && !values.ContainsKey(key))
            {
                scanner.SkipName(key);
                var isFreeText = key.Equals(freeText, StringComparison.OrdinalIgnoreCase);
                values[key] = isFreeText && !scanner.AtQuote ? scanner.TakeRest() : scanner.TakeValue(runsToEnd: isFreeText);
            }
            else
            {
                var next = sub.Options.FirstOrDefault(o => !values.ContainsKey(o.Name));
                if (next is null) return (values, scanner.PeekWord());
                values[next.Name] = next.Name == freeText ? scanner.TakeRest() : scanner.TakeValue(runsToEnd: false);
            }
        }
        return (values, null);
    }

    /// <summary>
    /// Typed arguments (Discord options, a submitted form, text named by <see cref="Name"/>) taken as they are; the problem
    /// when one is unknown, a word fits no option (<paramref name="unplaced"/>) or a required one is missing.
    /// </summary>
    public static (KbArguments? Arguments, string? Problem) Typed(IReadOnlyDictionary<string, string> given, CommandDescriptor sub, IReadOnlyList<string> unplaced)
    {
        if (unplaced.Count > 0) return (null, $"I don't know what `{unplaced[0]}` is for here");
        var keys = Keys(sub);
        if (given.Keys.FirstOrDefault(k => !keys.Contains(k)) is { } unknown)
            return (null, $"`/kb {sub.Name}` has no option `{unknown}`");
        var values = new Dictionary<string, string>(given, StringComparer.OrdinalIgnoreCase);
        return Missing(sub, values) is { } missing ? (null, missing) : (new KbArguments(values), null);
    }

    private static HashSet<string> Keys(CommandDescriptor sub) =>
        sub.Options.Select(o => o.Name).Concat(sub.UnlistedOptions).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string? Missing(CommandDescriptor sub, Dictionary<string, string> values) =>
        sub.Options.FirstOrDefault(o => o.Required && string.IsNullOrWhiteSpace(values.GetValueOrDefault(o.Name))) is { } option
            ? $"`/kb {sub.Name}` needs {option.Name} ({option.Description.ToLowerInvariant()})"
            : null;

    /// <summary>A version number such as 3 or v3, or null when absent; a problem text when it is not one.</summary>
    public (int? Version, string? Problem) Version(string name)
    {
        if (this[name] is not { } raw) return (null, null);
        var digits = raw.StartsWith('v') || raw.StartsWith('V') ? raw[1..] : raw;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? (v, null)
            : (null, $"{name} must be a version number like 3, got `{raw}`");
    }
}

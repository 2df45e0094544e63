using System.Globalization;
using CareerBot.Core.Commands;

namespace CareerBot.Core.Moderation;

/// <summary>
/// Reads a /kb sub-command's arguments in both forms adapters send: positional as typed on the console and Slack
/// (<c>/kb set phd-value from:3 New text…</c>) and named as Discord options arrive (<c>/kb set id:phd-value markdown:"New text…"</c>).
/// The last text option (the Markdown, the question, the search words) takes the rest of the text exactly as typed.
/// </summary>
public sealed class KbArguments
{
    /// <summary>Options every changing sub-command accepts besides its catalog options.</summary>
    public const string From = "from";
    public const string Comment = "comment";
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
        var rest = text.AsSpan().Trim();
        while (rest.Length > 0)
        {
            // An option already given is not given again: "id:…" or "from:…" there is where the text begins, so an answer
            // starting with it is neither saved to another entry nor over another version.
            if (NamedKey(rest, keys) is { } key && !values.ContainsKey(key))
            {
                rest = rest[(key.Length + 1)..];
                values[key] = key.Equals(freeText, StringComparison.OrdinalIgnoreCase) && !StartsWithQuote(rest)
                    ? TakeAll(ref rest)
                    : TakeValue(ref rest, keys, isFreeText: key.Equals(freeText, StringComparison.OrdinalIgnoreCase));
            }
            else
            {
                var next = sub.Options.FirstOrDefault(o => !values.ContainsKey(o.Name));
                if (next is null) return (values, First(rest));
                values[next.Name] = next.Name == freeText ? TakeAll(ref rest) : TakeValue(ref rest, keys, isFreeText: false);
            }
            rest = rest.TrimStart();
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

    private static string? NamedKey(ReadOnlySpan<char> rest, HashSet<string> keys)
    {
        var colon = rest.IndexOf(':');
        if (colon <= 0) return null;
        var key = rest[..colon];
        if (key.ContainsAny(' ', '\t', '\n')) return null;
        return keys.TryGetValue(key.ToString(), out var known) ? known : null;
    }

    private static bool StartsWithQuote(ReadOnlySpan<char> s) => s.Length > 0 && s[0] is '"' or '“';

    private static string TakeAll(ref ReadOnlySpan<char> rest)
    {
        var all = rest.Trim().ToString();
        rest = [];
        return all;
    }

    /// <summary>
    /// A quoted value or one word. Quotes inside a value need no escaping: the value ends at the last quote before the
    /// next known option, or — for the final text option — at the quote that ends the text; otherwise at the first
    /// quote followed by whitespace.
    /// </summary>
    private static string TakeValue(ref ReadOnlySpan<char> rest, HashSet<string> keys, bool isFreeText)
    {
        if (!StartsWithQuote(rest))
        {
            var end = rest.IndexOfAny(' ', '\t', '\n');
            var word = (end < 0 ? rest : rest[..end]).ToString();
            rest = end < 0 ? [] : rest[end..];
            return word;
        }
        var closing = rest[0] == '“' ? '”' : '"';
        var candidates = new List<int>();
        var nextKey = -1;
        for (var i = 1; i < rest.Length && nextKey < 0; i++)
        {
            if (rest[i] == closing && (i + 1 == rest.Length || char.IsWhiteSpace(rest[i + 1]))) candidates.Add(i);
            if (char.IsWhiteSpace(rest[i - 1]) && candidates.Count > 0 && NamedKey(rest[i..], keys) is not null) nextKey = i;
        }
        if (candidates.Count == 0)
        {
            var open = rest[1..].ToString();
            rest = [];
            return open;
        }
        var endsText = candidates[^1] == rest.Length - 1;
        var close = nextKey >= 0 || (isFreeText && endsText) ? candidates[^1] : candidates[0];
        var quoted = rest[1..close].ToString();
        rest = rest[(close + 1)..];
        return quoted;
    }

    private static string First(ReadOnlySpan<char> rest)
    {
        var end = rest.IndexOfAny(' ', '\t', '\n');
        return (end < 0 ? rest : rest[..end]).ToString();
    }
}

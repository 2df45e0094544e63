using CareerBot.Core.Messages;

namespace CareerBot.Core.Commands;

/// <summary>A slash command as typed: <c>/offer base:180k bonus:15%</c> or <c>/kb set phd-value New text</c>.</summary>
/// <param name="Name">Command name, lower case, without the slash.</param>
/// <param name="Options">Named <c>key:value</c> options, keys lower case.</param>
/// <param name="Positionals">Words that were not <c>key:value</c>, quotes removed.</param>
/// <param name="Arguments">Everything after the command name, as typed (trimmed).</param>
public sealed record ParsedCommand(string Name, IReadOnlyDictionary<string, string> Options, IReadOnlyList<string> Positionals, string Arguments)
{
    /// <summary>Option names typed more than once (<c>base:180k base:200k</c>); <see cref="Options"/> holds the last value.</summary>
    public IReadOnlyList<string> RepeatedOptions { get; init; } = [];

    /// <summary>
    /// True for a command the member gave as a command (platform options, or command text read once where it arrived); false
    /// for one a detector read out of plain words, whose reply says how it was read.
    /// </summary>
    public bool Typed { get; init; }

    /// <summary>A typed invocation in the shape handlers read: the subcommand, then any unplaced words, as positionals; no typed text.</summary>
    public static ParsedCommand From(CommandInvocation invocation) => new(
        invocation.Name.ToLowerInvariant(),
        new Dictionary<string, string>(invocation.Arguments, StringComparer.OrdinalIgnoreCase),
        invocation.Subcommand is null ? invocation.Unplaced : [invocation.Subcommand, .. invocation.Unplaced],
        "") { Typed = true, RepeatedOptions = invocation.RepeatedOptions };

    /// <summary>
    /// The command as a member would type it (what a "Share in channel" click runs again): as typed, or for a typed command
    /// rebuilt from its subcommand and options, values with spaces in quotes.
    /// </summary>
    public string AsTyped => Typed
        ? string.Join(' ', new[] { "/" + Name }.Concat(Positionals).Concat(Options.Select(o => o.Value.Any(char.IsWhiteSpace) ? $"{o.Key}:\"{o.Value}\"" : $"{o.Key}:{o.Value}")))
        : $"/{Name} {Arguments}".TrimEnd();

    /// <summary>The arguments after the first <paramref name="count"/> positional words, as typed (for free text such as Markdown).</summary>
    public string ArgumentsAfter(int count)
    {
        var rest = Arguments.AsSpan();
        for (var i = 0; i < count; i++)
        {
            rest = rest.TrimStart();
            var space = rest.IndexOfAny(' ', '\n', '\t');
            rest = space < 0 ? ReadOnlySpan<char>.Empty : rest[space..];
        }
        return rest.Trim().ToString();
    }
}

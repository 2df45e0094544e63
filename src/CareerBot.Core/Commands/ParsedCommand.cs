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

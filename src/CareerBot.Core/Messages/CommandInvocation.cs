namespace CareerBot.Core.Messages;

/// <summary>
/// A command that arrived typed (a Discord slash command's options, a submitted form, or command text read once where it
/// arrived): its values reach the handler as given, never flattened into command text and parsed again.
/// </summary>
/// <param name="Name">Command name without the slash, e.g. <c>kb</c>.</param>
/// <param name="Subcommand">The subcommand, e.g. <c>set</c>, or null.</param>
/// <param name="Arguments">Option name → value as the platform sent it (numbers as their digits).</param>
public sealed record CommandInvocation(string Name, string? Subcommand, IReadOnlyDictionary<string, string> Arguments) : Invocation
{
    /// <summary>Words of typed text that fit no option, in order; handlers name the first in their error. Platforms never send any.</summary>
    public IReadOnlyList<string> Unplaced { get; init; } = [];

    /// <summary>Option names typed more than once (<c>base:180k base:200k</c>); <see cref="Arguments"/> holds the last value.</summary>
    public IReadOnlyList<string> RepeatedOptions { get; init; } = [];

    /// <summary>How the invocation reads in logs and rate-limit keys: <c>/kb set</c>.</summary>
    public string Label => Subcommand is null ? "/" + Name : $"/{Name} {Subcommand}";
}

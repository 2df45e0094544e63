namespace CareerBot.Core.Pipeline;

/// <summary>
/// A command that arrived typed (a Discord slash command's options, a submitted form): its values reach the handler as
/// given, never flattened into command text and parsed again.
/// </summary>
/// <param name="Name">Command name without the slash, e.g. <c>kb</c>.</param>
/// <param name="Subcommand">The subcommand, e.g. <c>set</c>, or null.</param>
/// <param name="Arguments">Option name → value as the platform sent it (numbers as their digits).</param>
public sealed record CommandInvocation(string Name, string? Subcommand, IReadOnlyDictionary<string, string> Arguments)
{
    /// <summary>How the invocation reads in logs and rate-limit keys: <c>/kb set</c>.</summary>
    public string Label => Subcommand is null ? "/" + Name : $"/{Name} {Subcommand}";
}

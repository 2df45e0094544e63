namespace CareerBot.Core.Commands;

/// <summary>A slash command described once for every adapter (Discord application commands, Slack text, console).</summary>
/// <param name="Name">Without the slash, e.g. "offer".</param>
/// <param name="ModeratorOnly">Hidden from and refused to non-moderators.</param>
public sealed record CommandDescriptor(string Name, string Description, IReadOnlyList<CommandOption> Options, bool ModeratorOnly = false)
{
    /// <summary>Sub-commands (used by /kb), each with its own options.</summary>
    public IReadOnlyList<CommandDescriptor> SubCommands { get; init; } = [];
    /// <summary>Every reply is private, even a placeholder sent before it, so the channel does not see who used the command (/share).</summary>
    public bool AlwaysPrivate { get; init; }
    /// <summary>
    /// Option names read from typed text and forms but not offered as platform options: <c>from:</c> and <c>comment:</c>
    /// on the /kb sub-commands that change an answer.
    /// </summary>
    public IReadOnlyList<string> UnlistedOptions { get; init; } = [];
    /// <summary>One correct invocation, shown in help and errors.</summary>
    public string Example { get; init; } = "";
}

using CareerBot.Core.Commands;
using CareerBot.Core.Messages;

namespace CareerBot.Core.ModeratorCommands;

/// <summary>
/// Reads command text (<c>/kb set phd-value from:3 New text…</c>, <c>/offer base:180k bonus:15%</c>) once, where it
/// arrives — the console's typed text in the pipeline, a Slack slash command in its adapter — into the same typed
/// <see cref="CommandInvocation"/> a Discord slash command is, so handlers never read command text.
/// </summary>
public static class CommandTextReader
{
    /// <returns>Null when the text is not a command (it does not start with <c>/</c> and a letter).</returns>
    public static CommandInvocation? Read(string text)
    {
        if (SlashCommandParser.Parse(text) is not { } parsed) return null;
        var descriptor = CommandCatalog.Find(parsed.Name);
        if (descriptor is { SubCommands.Count: > 0 })
        {
            var subName = parsed.Arguments.Length > 0 ? parsed.Arguments.Split((char[]?)null, 2)[0] : null;
            if (descriptor.SubCommands.FirstOrDefault(s => s.Name.Equals(subName, StringComparison.OrdinalIgnoreCase)) is not { } sub)
                return new CommandInvocation(parsed.Name, subName, new Dictionary<string, string>());
            var (values, unplaced) = KbArguments.Name(parsed.ArgumentsAfter(1), sub);
            return new CommandInvocation(parsed.Name, sub.Name, values) { Unplaced = unplaced is null ? [] : [unplaced] };
        }
        // A command whose one option is text (/ask) takes everything after its name, as typed, unless that option is named.
        if (descriptor is { Options: [{ Type: CommandOptionType.Text } only] } && !parsed.Options.ContainsKey(only.Name))
            return new CommandInvocation(parsed.Name, null, new Dictionary<string, string> { [only.Name] = parsed.Arguments });
        return new CommandInvocation(parsed.Name, null, parsed.Options)
        {
            Unplaced = parsed.Positionals,
            RepeatedOptions = parsed.RepeatedOptions,
        };
    }
}

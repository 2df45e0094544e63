using CareerBot.Core.Commands;
using CareerBot.Discord.Moderation;
using CareerBot.Discord.Wire;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// <see cref="CommandCatalog"/> → Discord application commands. Versions and days are INTEGER options with a floor and texts
/// carry the longest length the bot accepts, so Discord refuses bad values before the bot sees them; every other typed value
/// (money, percent, vesting…) is a STRING option, because the pipeline parses "180k" and "15%" itself; moderator commands
/// need Manage Server to be seen. A /kb change also declares its <c>from</c> and <c>comment</c> options, which typed text
/// accepts without listing them, since Discord lets a member send only declared options.
/// </summary>
public static class ApplicationCommandRenderer
{
    public const int MaxDescription = 100;
    public const int MaxChoices = 25;

    public static IReadOnlyList<ApplicationCommand> Render(IEnumerable<CommandDescriptor> commands) => commands.Select(Render).ToList();

    public static ApplicationCommand Render(CommandDescriptor command)
    {
        var options = command.SubCommands.Count > 0
            ? command.SubCommands.Select(s => new ApplicationCommandOption(ApplicationCommandOption.SubCommand, s.Name, Describe(s.Description),
                Options: RenderOptions([.. s.Options, .. CommandCatalog.ChangeOptionDescriptions.Where(o => s.UnlistedOptions.Contains(o.Name))]))).ToList()
            : RenderOptions(command.Options);
        return new ApplicationCommand(command.Name, Describe(command.Description), options,
            DefaultMemberPermissions: command.ModeratorOnly ? DiscordPermissions.ManageGuild : null,
            // Guild and bot DM; moderator commands only in guilds, where permissions exist.
            Contexts: command.ModeratorOnly ? [0] : [0, 1]);
    }

    private static List<ApplicationCommandOption> RenderOptions(IReadOnlyList<CommandOption> options) =>
        // Discord requires required options first.
        options.OrderByDescending(o => o.Required).Select(RenderOption).ToList();

    private static ApplicationCommandOption RenderOption(CommandOption option)
    {
        var type = option.Type == CommandOptionType.Integer ? ApplicationCommandOption.Integer : ApplicationCommandOption.String;
        var example = ExampleValue(option);
        var description = example.Length > 0 && option.Type != CommandOptionType.Text && option.Description.Length + example.Length + 8 <= MaxDescription
            ? $"{option.Description} (e.g. {example})"
            : option.Description;
        // Discord refuses choices together with autocomplete; autocomplete then offers the choices.
        var choices = option.Autocomplete || option.Choices.Count == 0 ? null : option.Choices.Take(MaxChoices).Select(c => new CommandChoice(c, c)).ToList();
        return new ApplicationCommandOption(type, option.Name, Describe(description), option.Required ? true : null, choices,
            Autocomplete: option.Autocomplete ? true : null, MinValue: option.MinValue, MaxLength: option.MaxLength);
    }

    private static string ExampleValue(CommandOption option)
    {
        var colon = option.Example.IndexOf(':');
        return (colon > 0 && option.Example[..colon] == option.Name ? option.Example[(colon + 1)..] : option.Example).Trim('"');
    }

    private static string Describe(string description) =>
        description.Length <= MaxDescription ? description : description[..(MaxDescription - 1)] + "…";
}

namespace CareerBot.Discord.Wire;

public sealed record ApplicationCommandOption(
    int Type,
    string Name,
    string Description,
    bool? Required = null,
    IReadOnlyList<CommandChoice>? Choices = null,
    IReadOnlyList<ApplicationCommandOption>? Options = null,
    bool? Autocomplete = null,
    int? MinValue = null,
    int? MaxLength = null)
{
    public const int SubCommand = 1;
    public const int String = 3;
    public const int Integer = 4;
}

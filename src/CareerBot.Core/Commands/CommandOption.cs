namespace CareerBot.Core.Commands;

/// <summary>One typed option of a command, as every adapter presents it.</summary>
/// <param name="Example">A correct value, shown in error messages.</param>
public sealed record CommandOption(string Name, string Description, CommandOptionType Type, bool Required, string Example)
{
    /// <summary>Fixed choices, when the option takes one of a few values.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];
    /// <summary>True when the platform should offer autocomplete (knowledge topics, levels).</summary>
    public bool Autocomplete { get; init; }
    /// <summary>The smallest accepted value of an <see cref="CommandOptionType.Integer"/> option, when it has one.</summary>
    public int? MinValue { get; init; }
    /// <summary>The longest accepted text, when the bot refuses longer.</summary>
    public int? MaxLength { get; init; }
}

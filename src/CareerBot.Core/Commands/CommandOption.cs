namespace CareerBot.Core.Commands;

/// <summary>One typed option of a command, as every adapter presents it.</summary>
/// <param name="Example">A correct value, shown in error messages.</param>
public sealed record CommandOption(string Name, string Description, CommandOptionType Type, bool Required, string Example)
{
    /// <summary>Fixed choices, when the option takes one of a few values.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];
    /// <summary>True when the platform should offer autocomplete (knowledge topics, levels).</summary>
    public bool Autocomplete { get; init; }
}

namespace CareerBot.Discord.Wire;

/// <summary>
/// A message or modal component, as Discord's one component union: an action row (type 1) holding buttons (type 2) or a
/// text input (type 4), or a label (type 18) wrapping one <see cref="Component"/>. Sent for rating buttons and the edit modal;
/// read back from MODAL_SUBMIT, where each text input carries its <see cref="Value"/>.
/// </summary>
public sealed record DiscordComponent(
    int Type,
    string? CustomId = null,
    int? Style = null,
    string? Label = null,
    ComponentEmoji? Emoji = null,
    string? Value = null,
    bool? Required = null,
    int? MinLength = null,
    int? MaxLength = null,
    IReadOnlyList<DiscordComponent>? Components = null,
    DiscordComponent? Component = null)
{
    public const int ActionRow = 1;
    public const int Button = 2;
    public const int TextInput = 4;
    public const int LabelWrapper = 18;

    public const int PrimaryStyle = 1;
    public const int SecondaryStyle = 2;
    public const int ParagraphStyle = 2;

    /// <summary>Discord's limits (OpenAPI): custom ids, buttons per row, rows per message, text input values and labels, modal titles.</summary>
    public const int MaxCustomId = 100;
    public const int MaxButtonsPerRow = 5;
    public const int MaxRows = 5;
    public const int MaxTextInputValue = 4000;
    public const int MaxTextInputLabel = 45;
    public const int MaxModalTitle = 45;

    /// <summary>The text inputs inside rows and labels, in order (how a submitted modal's values are found).</summary>
    public IEnumerable<DiscordComponent> TextInputs()
    {
        if (Type == TextInput) yield return this;
        if (Component is not null)
            foreach (var input in Component.TextInputs()) yield return input;
        foreach (var child in Components ?? [])
            foreach (var input in child.TextInputs()) yield return input;
    }
}

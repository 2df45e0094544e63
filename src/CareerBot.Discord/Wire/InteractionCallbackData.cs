namespace CareerBot.Discord.Wire;

/// <summary>
/// The <c>data</c> of an interaction response: a message (types 4, 5 and webhook edits), autocomplete choices (type 8),
/// or a modal (type 9: <see cref="CustomId"/>, <see cref="Title"/> and its text inputs in <see cref="Components"/>).
/// </summary>
public sealed record InteractionCallbackData(
    string? Content = null,
    AllowedMentions? AllowedMentions = null,
    int? Flags = null,
    IReadOnlyList<CommandChoice>? Choices = null,
    IReadOnlyList<AttachmentReference>? Attachments = null,
    IReadOnlyList<DiscordComponent>? Components = null,
    string? CustomId = null,
    string? Title = null)
{
    public const int Ephemeral = 64;
}

namespace CareerBot.Discord.Wire;

/// <summary>The <c>data</c> of an interaction response: a message (types 4, 5 and webhook edits) or autocomplete choices (type 8).</summary>
public sealed record InteractionCallbackData(
    string? Content = null,
    AllowedMentions? AllowedMentions = null,
    int? Flags = null,
    IReadOnlyList<CommandChoice>? Choices = null,
    IReadOnlyList<AttachmentReference>? Attachments = null)
{
    public const int Ephemeral = 64;
}

namespace CareerBot.Discord.Wire;

/// <summary>Body of <c>POST /channels/{id}/messages</c>. With <see cref="EnforceNonce"/> a retried POST returns the first message instead of a duplicate.</summary>
public sealed record MessageCreateRequest(
    string? Content,
    AllowedMentions AllowedMentions,
    MessageReference? MessageReference = null,
    string? Nonce = null,
    bool? EnforceNonce = null,
    IReadOnlyList<AttachmentReference>? Attachments = null,
    IReadOnlyList<DiscordComponent>? Components = null);

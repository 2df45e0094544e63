namespace CareerBot.Discord.Wire;

/// <summary>Names the multipart part <c>files[Id]</c> in a message's <c>attachments</c> list (the id is the part's index, as a snowflake string).</summary>
public sealed record AttachmentReference(string Id, string Filename, string? Description = null);

namespace CareerBot.Discord.Wire;

/// <summary>Names the multipart part <c>files[Id]</c> in a message's <c>attachments</c> list.</summary>
public sealed record AttachmentReference(int Id, string Filename, string? Description = null);

namespace CareerBot.Core.Moderation;

/// <summary>A knowledge file <c>kb export</c> created or rewrote: what it said before (null when new or unreadable) and what it says now.</summary>
public sealed record ExportedFile(string Id, EntryContent? Before, EntryContent After);

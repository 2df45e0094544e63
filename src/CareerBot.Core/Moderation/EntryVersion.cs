namespace CareerBot.Core.Moderation;

/// <summary>An entry's content at one version; <paramref name="Revision"/> is null for version 0 (the knowledge file).</summary>
public sealed record EntryVersion(string EntryId, int Version, EntryContent Content, KnowledgeRevision? Revision);

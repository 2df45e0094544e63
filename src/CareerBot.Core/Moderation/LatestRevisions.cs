namespace CareerBot.Core.Moderation;

/// <summary>The newest stored revision of every entry, and the newest rows that could not be read at all.</summary>
public sealed record LatestRevisions(IReadOnlyList<KnowledgeRevision> Revisions, IReadOnlyList<DamagedRevision> Damaged);

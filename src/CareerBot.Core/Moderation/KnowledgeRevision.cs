namespace CareerBot.Core.Moderation;

/// <summary>
/// One saved moderator change. Version 0 is the reviewed file in knowledge/ (never stored); the first change is version 1,
/// and every later change is the previous version + 1.
/// </summary>
/// <param name="At">When it was saved (UTC).</param>
/// <param name="Content">The entry's full content after the change.</param>
public sealed record KnowledgeRevision(
    string EntryId,
    int Version,
    RevisionKind Kind,
    RevisionAuthor Author,
    DateTimeOffset At,
    string Comment,
    EntryContent Content);

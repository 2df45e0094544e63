namespace CareerBot.Core.Moderation;

/// <summary>
/// Durable history of moderator changes. Implementations throw <see cref="StorageUnavailableException"/> when the
/// database is unreachable or locked, and create or migrate their schema on first use.
/// </summary>
public interface IRevisionStore
{
    /// <summary>Creates or migrates the schema; safe to call again and from several processes at once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The newest revision of every entry that has one; a row that cannot be read is reported in <see cref="LatestRevisions.Damaged"/>, not thrown.</summary>
    Task<LatestRevisions> LatestAsync(CancellationToken cancellationToken);

    /// <summary>The newest revision of one entry, or null while it is still the file's version 0.</summary>
    Task<KnowledgeRevision?> LatestAsync(string entryId, CancellationToken cancellationToken);

    Task<KnowledgeRevision?> GetAsync(string entryId, int version, CancellationToken cancellationToken);

    /// <summary>Every revision of one entry, newest first.</summary>
    Task<IReadOnlyList<KnowledgeRevision>> HistoryAsync(string entryId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="revision"/> only if the entry's newest version is still <c>revision.Version - 1</c>;
    /// otherwise returns a conflict carrying the newer revision. Atomic across processes.
    /// </summary>
    Task<RevisionAppendResult> AppendAsync(KnowledgeRevision revision, CancellationToken cancellationToken);

    /// <summary>
    /// Calls <paramref name="changed"/> (which must not block) once when it starts watching — changes may have been
    /// missed before — and then whenever any process saves a revision, until cancelled. Throws when the connection is lost.
    /// </summary>
    Task WatchAsync(Action changed, CancellationToken cancellationToken);
}

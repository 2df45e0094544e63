using CareerBot.Core.Messages;

namespace CareerBot.Core.Moderation;

/// <summary>Reads an entry at any version: version 0 from the baseline files, later versions from the revision store.</summary>
public sealed class KnowledgeHistory(KnowledgeBaseline baseline, IRevisionStore store)
{
    /// <summary>The newest version in the store (not only what this instance serves), or null for an unknown id.</summary>
    public async Task<EntryVersion?> LatestAsync(string id, CancellationToken cancellationToken)
    {
        if (await store.LatestAsync(id, cancellationToken) is { } revision)
            return new EntryVersion(id, revision.Version, revision.Content, revision);
        return Baseline(id);
    }

    public async Task<EntryVersion?> AtAsync(string id, int version, CancellationToken cancellationToken)
    {
        if (version == 0) return Baseline(id);
        return await store.GetAsync(id, version, cancellationToken) is { } revision
            ? new EntryVersion(id, version, revision.Content, revision)
            : null;
    }

    /// <summary>The current text and version of an entry for an adapter's edit modal, or null for an unknown id.</summary>
    public async Task<KnowledgeEditForm?> EditFormAsync(string id, CancellationToken cancellationToken) =>
        await LatestAsync(id, cancellationToken) is { } latest
            ? new KnowledgeEditForm(id, latest.Version, latest.Content.Title, latest.Content.Body)
            : null;

    private EntryVersion? Baseline(string id) =>
        baseline.Find(id) is { } entry ? new EntryVersion(id, 0, EntryContent.From(entry), null) : null;
}

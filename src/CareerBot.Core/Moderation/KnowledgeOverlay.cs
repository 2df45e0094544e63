using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Moderation;

/// <summary>
/// Lays the newest revision of each entry over the baseline files and swaps the result into <see cref="KnowledgeBase"/>,
/// so the router and answers change without a restart.
/// </summary>
public sealed class KnowledgeOverlay(KnowledgeBaseline baseline, KnowledgeBase knowledge)
{
    private readonly Lock _gate = new();
    private Dictionary<string, KnowledgeRevision> _latest = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>The version being served for an entry (0 = the file).</summary>
    public int VersionOf(string id)
    {
        lock (_gate) return _latest.TryGetValue(id, out var r) ? r.Version : 0;
    }

    /// <summary>Counts <see cref="Apply"/> calls; a full load remembers it to detect saves that landed while it read.</summary>
    public long Generation
    {
        get { lock (_gate) return _generation; }
    }

    /// <summary>
    /// Serves these newest revisions (a full load from the store, started at <paramref name="loadedAtGeneration"/>);
    /// revisions applied after the load started are kept if newer. Returns false when nothing changed.
    /// </summary>
    public bool ApplyAll(IReadOnlyList<KnowledgeRevision> latest, long loadedAtGeneration)
    {
        lock (_gate)
        {
            var next = latest.ToDictionary(r => r.EntryId, StringComparer.Ordinal);
            if (_generation != loadedAtGeneration)
                foreach (var known in _latest.Values)
                    if (!next.TryGetValue(known.EntryId, out var loaded) || loaded.Version < known.Version)
                        next[known.EntryId] = known;
            if (next.Count == _latest.Count && next.All(r => _latest.TryGetValue(r.Key, out var known) && known.Version == r.Value.Version))
                return false;
            _latest = next;
            Rebuild();
            return true;
        }
    }

    /// <summary>Serves one newly saved revision, unless a newer one is already served; returns false when ignored.</summary>
    public bool Apply(KnowledgeRevision revision)
    {
        lock (_gate)
        {
            if (_latest.TryGetValue(revision.EntryId, out var known) && known.Version >= revision.Version) return false;
            _latest = new Dictionary<string, KnowledgeRevision>(_latest, StringComparer.Ordinal) { [revision.EntryId] = revision };
            _generation++;
            Rebuild();
            return true;
        }
    }

    /// <summary>
    /// Baseline files with their newest revisions laid over, and added entries. Retired entries are left out, and so are
    /// links to them from the others' related lists, so the served set stays as consistent as the files must be.
    /// </summary>
    private void Rebuild()
    {
        var entries = baseline.Entries
            .Where(e => !_latest.TryGetValue(e.Id, out var r) || r.Kind != RevisionKind.Retire)
            .Select(e => _latest.TryGetValue(e.Id, out var r) ? ToEntry(r) : e)
            .Concat(_latest.Values.Where(r => baseline.Find(r.EntryId) is null && r.Kind != RevisionKind.Retire).Select(ToEntry))
            .ToList();
        var served = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        knowledge.Replace(entries.Select(e => e.Related.All(served.Contains) ? e : e with { Related = e.Related.Where(served.Contains).ToList() }).ToList());
    }

    private static KnowledgeEntry ToEntry(KnowledgeRevision r) =>
        r.Content.ToEntry(r.EntryId, DateOnly.FromDateTime(r.At.UtcDateTime));
}

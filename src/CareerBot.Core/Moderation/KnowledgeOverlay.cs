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

    /// <summary>The version being served for an entry (0 = the file).</summary>
    public int VersionOf(string id)
    {
        lock (_gate) return _latest.TryGetValue(id, out var r) ? r.Version : 0;
    }

    /// <summary>Serves exactly these newest revisions (a full load from the store); returns false when nothing changed.</summary>
    public bool ApplyAll(IReadOnlyList<KnowledgeRevision> latest)
    {
        lock (_gate)
        {
            var next = latest.ToDictionary(r => r.EntryId, StringComparer.Ordinal);
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
            Rebuild();
            return true;
        }
    }

    private void Rebuild()
    {
        var entries = baseline.Entries
            .Select(e => _latest.TryGetValue(e.Id, out var r) ? ToEntry(r) : e)
            .Concat(_latest.Values.Where(r => baseline.Find(r.EntryId) is null).Select(ToEntry))
            .ToList();
        knowledge.Replace(entries);
    }

    private static KnowledgeEntry ToEntry(KnowledgeRevision r) =>
        r.Content.ToEntry(r.EntryId, DateOnly.FromDateTime(r.At.UtcDateTime));
}

using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Moderation;

/// <summary>The reviewed files in knowledge/ as loaded at start: version 0 of every entry, under the moderators' revisions.</summary>
public sealed class KnowledgeBaseline(IReadOnlyList<KnowledgeEntry> entries)
{
    private readonly Dictionary<string, KnowledgeEntry> _byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);

    public IReadOnlyList<KnowledgeEntry> Entries { get; } = entries;

    public KnowledgeEntry? Find(string id) => _byId.GetValueOrDefault(id);
}

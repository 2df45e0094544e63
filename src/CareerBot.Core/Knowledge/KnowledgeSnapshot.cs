using CareerBot.Core.Routing;

namespace CareerBot.Core.Knowledge;

/// <summary>An immutable view of the answers and the router trained on them; replaced whole on every change.</summary>
public sealed class KnowledgeSnapshot
{
    public KnowledgeSnapshot(IReadOnlyList<KnowledgeEntry> entries, RouterOptions routerOptions)
    {
        Entries = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Ordered = entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        Router = RouterFor(Ordered, routerOptions);
    }

    /// <summary>A router trained on each entry's questions and title.</summary>
    public static IntentRouter RouterFor(IReadOnlyList<KnowledgeEntry> entries, RouterOptions options) =>
        new(entries.Select(e => new IntentPhrasings(e.Id, [.. e.Questions, e.Title])).ToList(), options);

    public IReadOnlyDictionary<string, KnowledgeEntry> Entries { get; }
    public IReadOnlyList<KnowledgeEntry> Ordered { get; }
    public IntentRouter Router { get; }

    public KnowledgeEntry? Find(string id) => Entries.GetValueOrDefault(id);
}

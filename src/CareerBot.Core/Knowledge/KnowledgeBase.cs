using CareerBot.Core.Routing;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.Knowledge;

/// <summary>The live knowledge: readers take <see cref="Current"/> without locks; a change swaps in a new snapshot.</summary>
public sealed class KnowledgeBase
{
    private readonly RouterOptions _routerOptions;
    private KnowledgeSnapshot _current;

    public KnowledgeBase(IReadOnlyList<KnowledgeEntry> entries, IOptions<RouterOptions> routerOptions)
    {
        _routerOptions = routerOptions.Value;
        _current = new KnowledgeSnapshot(entries, _routerOptions);
    }

    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after a new snapshot is in place.</summary>
    public event Action<KnowledgeSnapshot>? Changed;

    public void Replace(IReadOnlyList<KnowledgeEntry> entries)
    {
        var snapshot = new KnowledgeSnapshot(entries, _routerOptions);
        Volatile.Write(ref _current, snapshot);
        Changed?.Invoke(snapshot);
    }
}

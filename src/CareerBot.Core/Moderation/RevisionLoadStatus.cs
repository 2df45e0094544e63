namespace CareerBot.Core.Moderation;

/// <summary>
/// Whether the moderators' revisions are being served: not yet loaded (and why), loaded, and which stored revisions were
/// skipped as damaged. Read by the "storage" health check, <c>kb validate</c> and the start-up log line.
/// </summary>
public sealed class RevisionLoadStatus
{
    private volatile Snapshot _current = new(false, null, []);

    public sealed record Snapshot(bool Loaded, string? Problem, IReadOnlyList<DamagedRevision> Damaged);

    public Snapshot Current => _current;

    public void Unavailable(string problem) => _current = _current with { Loaded = false, Problem = problem };

    /// <summary>Records a completed load; returns the damaged revisions not reported by the previous one.</summary>
    public IReadOnlyList<DamagedRevision> LoadedWith(IReadOnlyList<DamagedRevision> damaged)
    {
        var previous = _current.Damaged;
        _current = new Snapshot(true, null, damaged);
        return damaged.Except(previous).ToList();
    }
}

namespace CareerBot.Core.Moderation;

/// <summary>A stored revision that cannot be served (unreadable row, invalid id or content); it is skipped, and reported.</summary>
public sealed record DamagedRevision(string EntryId, int Version, string Problem)
{
    public override string ToString() => $"`{EntryId}` version {Version}: {Problem}";
}

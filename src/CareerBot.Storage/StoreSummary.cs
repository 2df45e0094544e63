namespace CareerBot.Storage;

/// <summary>What a store file holds, as reported by <c>kb backup</c> and <c>kb restore</c>.</summary>
public sealed record StoreSummary(int SchemaVersion, long Revisions, long Entries)
{
    public override string ToString() => $"schema version {SchemaVersion}, {Revisions} revisions of {Entries} entries";
}

namespace CareerBot.Core.Moderation;

/// <summary>The outcome of saving a revision: saved, or refused because someone else saved a newer version first.</summary>
/// <param name="Current">When refused: the newest version in the store, whose change the editor did not see.</param>
public sealed record RevisionAppendResult(bool Saved, KnowledgeRevision? Current)
{
    public static readonly RevisionAppendResult Success = new(true, null);

    public static RevisionAppendResult Conflict(KnowledgeRevision current) => new(false, current);
}

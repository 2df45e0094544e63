namespace CareerBot.Core.Moderation;

/// <summary>What a moderator did to produce a revision.</summary>
public enum RevisionKind
{
    /// <summary>Replaced the answer text (<c>/kb set</c>).</summary>
    Set,
    /// <summary>Created a new entry (<c>/kb add</c>).</summary>
    Add,
    /// <summary>Added a question phrasing (<c>/kb teach</c>).</summary>
    Teach,
    /// <summary>Restored an earlier version's content (<c>/kb revert</c>).</summary>
    Revert,
    /// <summary>Stopped serving the entry (<c>/kb retire</c>); its content stays for a later revert.</summary>
    Retire,
}

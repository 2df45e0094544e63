namespace CareerBot.Core.Knowledge;

/// <summary>
/// The levels the sourced salary figures cover, lowest first (knowledge entries tagged <c>level-…</c>). Kept here, below
/// the command catalog and the offer math, because both name them: the catalog offers them as choices.
/// </summary>
public static class PayLevels
{
    public static readonly IReadOnlyList<string> Names = ["entry", "mid", "senior", "staff"];
}

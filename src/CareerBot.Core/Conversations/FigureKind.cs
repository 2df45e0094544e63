namespace CareerBot.Core.Conversations;

/// <summary>What a member calls a pay figure they give: it decides which sourced figures it is compared with.</summary>
public enum FigureKind
{
    None,
    Base,
    TotalComp,
    Unstated,
}

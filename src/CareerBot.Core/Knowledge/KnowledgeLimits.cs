namespace CareerBot.Core.Knowledge;

public static class KnowledgeLimits
{
    /// <summary>Fits a Discord message (2,000) with room for sources and follow-ups.</summary>
    public const int MaxAnswerLength = 1500;
    public const int MinQuestions = 8;
    public const string MoreMarker = "<!-- more -->";
}

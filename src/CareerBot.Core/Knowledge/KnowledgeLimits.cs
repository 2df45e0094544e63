namespace CareerBot.Core.Knowledge;

public static class KnowledgeLimits
{
    /// <summary>The lead is what a channel shows: read at a glance, with room for sources and buttons in one message.</summary>
    public const int MaxLeadLength = 600;
    /// <summary>The detail behind "More": at most two Discord messages (2,000 each) or one Slack message.</summary>
    public const int MaxDetailLength = 2500;
    public const int MinQuestions = 8;
    /// <summary>A phrasing a moderator teaches (/kb teach) is one question, not a paragraph.</summary>
    public const int MaxQuestionLength = 200;
    public const string MoreMarker = "<!-- more -->";
}

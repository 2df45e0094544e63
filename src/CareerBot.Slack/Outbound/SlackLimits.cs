namespace CareerBot.Slack.Outbound;

/// <summary>Slack's message limits, kept below the documented maxima where the field reports earlier failures.</summary>
public static class SlackLimits
{
    public const int SectionText = 3000;
    public const int BlocksPerMessage = 50;
    /// <summary>Documented at 40,000, but chat.update answers msg_too_long near 4,000; stay under that.</summary>
    public const int FallbackText = 3900;
    public const int ContextElementText = 2000;
    /// <summary>Section text carried by one message, so the whole payload stays well inside Slack's body limits.</summary>
    public const int TextPerMessage = 12_000;
}

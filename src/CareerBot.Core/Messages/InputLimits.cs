namespace CareerBot.Core.Messages;

public static class InputLimits
{
    /// <summary>Longest message the bot reads; Discord's own limit is 2,000 (4,000 with Nitro), Slack's 40,000.</summary>
    public const int MaxMessageLength = 4000;
}

namespace CareerBot.Core.Messages;

public enum ReplyKind
{
    /// <summary>An answer from the knowledge base or a handler.</summary>
    Answer,
    /// <summary>The router was not confident enough; the reply says what the bot can do.</summary>
    Decline,
    /// <summary>The user's input was wrong (bad option, empty message); shown privately where the platform allows.</summary>
    InputError,
    /// <summary>The user is sending too fast: one notice per cool-down.</summary>
    SlowDown,
    /// <summary>Nothing is sent (a flood after the slow-down notice). Adapters send no message.</summary>
    Silent,
}

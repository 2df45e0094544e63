namespace CareerBot.Core.Pipeline;

/// <summary>A chat message as every adapter hands it to the pipeline.</summary>
/// <param name="ConversationId">Thread, DM or channel key; follow-up context is kept per conversation.</param>
public sealed record IncomingMessage(string Platform, string ConversationId, ChatUser User, string Text)
{
    public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;
}

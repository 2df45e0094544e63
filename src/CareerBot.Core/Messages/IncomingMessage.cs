namespace CareerBot.Core.Messages;

/// <summary>A chat message, command, click or form as every adapter hands it to the pipeline.</summary>
/// <param name="ConversationId">Thread, DM or channel key; follow-up context is kept per conversation.</param>
/// <param name="Text">
/// What the member typed; for a command, click or form, its label for logs (e.g. <c>/kb set</c>), which nothing parses.
/// </param>
public sealed record IncomingMessage(string Platform, string ConversationId, ChatUser User, string Text)
{
    public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>What the pipeline is asked to do; typed chat text unless the platform delivered something typed.</summary>
    public Invocation Invocation { get; init; } = ChatText.Instance;
}

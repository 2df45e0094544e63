namespace CareerBot.Core.Pipeline;

/// <summary>A chat message as every adapter hands it to the pipeline.</summary>
/// <param name="ConversationId">Thread, DM or channel key; follow-up context is kept per conversation.</param>
/// <param name="Text">What the member typed; for a typed command or form, its label (e.g. <c>/kb set</c>), which nothing parses.</param>
public sealed record IncomingMessage(string Platform, string ConversationId, ChatUser User, string Text)
{
    public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Set when the platform delivered a command with typed options; the pipeline runs it without reading <see cref="Text"/>.</summary>
    public CommandInvocation? Command { get; init; }

    /// <summary>Set when the member submitted a form; the pipeline turns it into the command it stands for.</summary>
    public FormSubmission? Form { get; init; }
}

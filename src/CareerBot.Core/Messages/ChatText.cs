namespace CareerBot.Core.Messages;

/// <summary>
/// A message typed in chat: the pipeline reads <see cref="IncomingMessage.Text"/>, a question or a <c>/command</c> typed
/// as text (the one place a command is read from text).
/// </summary>
public sealed record ChatText : Invocation
{
    public static readonly ChatText Instance = new();
}

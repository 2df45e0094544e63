namespace CareerBot.Core.Messages;

/// <summary>
/// What an <see cref="IncomingMessage"/> asks the pipeline to do, one of a closed set: <see cref="ChatText"/> (a typed
/// message), <see cref="CommandInvocation"/> (a command with typed options), <see cref="ComponentAction"/> (a click on a
/// button under a reply) or <see cref="FormSubmission"/> (a submitted form). Only Core declares kinds, so the pipeline's
/// switch over them is complete.
/// </summary>
public abstract record Invocation
{
    private protected Invocation()
    {
    }
}

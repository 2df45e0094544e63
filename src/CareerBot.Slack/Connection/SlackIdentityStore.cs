using CareerBot.Slack.Wire;

namespace CareerBot.Slack.Connection;

/// <summary>The bot's identity from auth.test, set once at start before any event is received.</summary>
public sealed class SlackIdentityStore
{
    private SlackIdentity? _current;

    public SlackIdentity Current
    {
        get => Volatile.Read(ref _current) ?? throw new InvalidOperationException("The Slack identity is read before auth.test ran.");
        set => Volatile.Write(ref _current, value);
    }
}

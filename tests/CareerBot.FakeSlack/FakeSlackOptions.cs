namespace CareerBot.FakeSlack;

/// <summary>Identities, tokens and timings of the fake workspace; tests shorten the timings.</summary>
public sealed record FakeSlackOptions
{
    public string BotToken { get; init; } = "xoxb-fake-bot-token";
    public string AppToken { get; init; } = "xapp-fake-app-token";
    public string SigningSecret { get; init; } = "fake-signing-secret";
    public string TeamId { get; init; } = "TFAKE0001";
    public string AppId { get; init; } = "AFAKE0001";
    public string BotUserId { get; init; } = "UCAREERBOT";
    public string BotId { get; init; } = "BCAREERBOT";
    /// <summary>An envelope not acked on its socket within this time is redelivered (Slack: 3 s).</summary>
    public TimeSpan AckTimeout { get; init; } = TimeSpan.FromSeconds(3);
    /// <summary>Wait before retry 1, 2, 3 (Slack: at once, 1 min, 5 min).</summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; init; } = [TimeSpan.Zero, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)];
    /// <summary>After a disconnect frame the fake closes that socket itself after this long (Slack: about 10 s).</summary>
    public TimeSpan CloseAfterDisconnect { get; init; } = TimeSpan.FromSeconds(10);
    public int MaxTextLength { get; init; } = 40_000;
    /// <summary>chat.postMessage per channel: one per this interval after a burst of <see cref="ChannelPostBurst"/>, else 429 + Retry-After (Slack: about 1/s, short bursts allowed). Zero turns it off.</summary>
    public TimeSpan ChannelPostInterval { get; init; } = TimeSpan.FromSeconds(1);
    public int ChannelPostBurst { get; init; } = 5;
    public int MaxSockets { get; init; } = 10;
    /// <summary>Bot posts in DMs come back as message events (bot_id, no subtype), as Slack does, so self-filtering is tested.</summary>
    public bool EchoBotDirectMessages { get; init; } = true;
    public IReadOnlySet<string> AdminUserIds { get; init; } = new HashSet<string>();
    /// <summary>Users of other organizations (Slack Connect): their team id in users.info; everyone else is in <see cref="TeamId"/>.</summary>
    public IReadOnlyDictionary<string, string> UserTeams { get; init; } = new Dictionary<string, string>();
    /// <summary>A trigger_id opens one modal within this time of the command or click that produced it (Slack: 3 s).</summary>
    public TimeSpan TriggerLifetime { get; init; } = TimeSpan.FromSeconds(3);
}

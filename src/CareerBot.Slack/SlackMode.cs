namespace CareerBot.Slack;

/// <summary>How Slack reaches the bot.</summary>
public enum SlackMode
{
    /// <summary>The bot opens a WebSocket to Slack; no public URL needed.</summary>
    SocketMode,
    /// <summary>Slack posts signed HTTP requests to the bot's /slack/* endpoints.</summary>
    Http,
}

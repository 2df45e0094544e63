namespace CareerBot.Discord.Connection;

/// <summary>What the client does after a connection ends.</summary>
public enum GatewayAction
{
    /// <summary>Reconnect to the resume URL and RESUME the session (when one is held).</summary>
    Resume,
    /// <summary>Drop the session, reconnect to the discovery URL and IDENTIFY.</summary>
    Identify,
    /// <summary>Do not reconnect: configuration must change first (bad token, intents, shards).</summary>
    Fatal,
}

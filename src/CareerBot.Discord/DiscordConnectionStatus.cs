namespace CareerBot.Discord;

/// <summary>What the adapter knows about its own health, for logs, health checks and tests.</summary>
public sealed class DiscordConnectionStatus
{
    private volatile string? _fatalError;

    /// <summary>Why the adapter stopped for good (bad token, intents…), or null while it runs.</summary>
    public string? FatalError => _fatalError;

    public void Fail(string reason) => _fatalError = reason;
}

using System.Collections.Concurrent;

namespace CareerBot.Discord;

/// <summary>What the adapter knows about its own health (each shard's gateway connection, the HTTP interactions endpoint), for logs, the "discord" health check, metrics and tests.</summary>
public sealed class DiscordConnectionStatus
{
    private readonly ConcurrentDictionary<int, ShardState> _shards = new();
    private volatile string? _fatalError;
    private volatile string? _interactionsEndpoint;

    /// <summary>One shard's connection as last reported: <paramref name="HeartbeatInterval"/> comes with HELLO, <paramref name="LastHeartbeatAck"/> with each ACK.</summary>
    public sealed record ShardState(bool Connected, string Description, DateTimeOffset Since, TimeSpan? HeartbeatInterval, DateTimeOffset? LastHeartbeatAck);

    /// <summary>Why the adapter stopped for good (bad token, intents…), or null while it runs.</summary>
    public string? FatalError => _fatalError;

    /// <summary>Shards that have started connecting, by id.</summary>
    public IReadOnlyDictionary<int, ShardState> Shards => _shards;

    /// <summary>Null unless the HTTP interactions endpoint is configured: "starting", then "listening on …" or why it stopped.</summary>
    public string? InteractionsEndpoint => _interactionsEndpoint;

    public bool InteractionsListening { get; private set; }

    public void Fail(string reason) => _fatalError = reason;

    public void Hello(int shard, TimeSpan heartbeatInterval, DateTimeOffset at) =>
        Update(shard, at, s => s with { HeartbeatInterval = heartbeatInterval, LastHeartbeatAck = null });

    public void Connected(int shard, string description, DateTimeOffset at) =>
        Update(shard, at, s => s with { Connected = true, Description = description, Since = at });

    public void Disconnected(int shard, string reason, DateTimeOffset at) =>
        Update(shard, at, s => s.Connected || s.Description != reason ? s with { Connected = false, Description = reason, Since = at } : s);

    public void HeartbeatAcked(int shard, DateTimeOffset at) => Update(shard, at, s => s with { LastHeartbeatAck = at });

    public void Interactions(bool listening, string description)
    {
        InteractionsListening = listening;
        _interactionsEndpoint = description;
    }

    private void Update(int shard, DateTimeOffset at, Func<ShardState, ShardState> change) =>
        _shards.AddOrUpdate(shard, _ => change(new ShardState(false, "connecting", at, null, null)), (_, s) => change(s));
}

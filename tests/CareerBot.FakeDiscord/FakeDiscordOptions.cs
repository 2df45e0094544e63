namespace CareerBot.FakeDiscord;

/// <summary>How the fake behaves. Defaults follow Discord; tests shrink timings and limits.</summary>
public sealed record FakeDiscordOptions
{
    public int Port { get; init; }
    public string Token { get; init; } = "fake-bot-token";
    public string BotUserId { get; init; } = "1000000000000000009";
    public string BotUsername { get; init; } = "careerbot";
    public string ApplicationId { get; init; } = "1000000000000000009";
    public int HeartbeatIntervalMs { get; init; } = 41250;
    /// <summary>A connection that sends no heartbeat for interval × this is closed (resumable, code 4000).</summary>
    public double HeartbeatGrace { get; init; } = 1.5;
    /// <summary>Recommended shards in <c>GET /gateway/bot</c>.</summary>
    public int RecommendedShards { get; init; } = 1;
    /// <summary><c>session_start_limit.max_concurrency</c>: IDENTIFYs allowed per <see cref="IdentifyWindow"/> in each bucket (<c>shard_id % max_concurrency</c>).</summary>
    public int MaxConcurrency { get; init; } = 1;
    /// <summary>Discord's fixed 5 s; an IDENTIFY sooner after the last one in its bucket gets op 9 (INVALID_SESSION, false).</summary>
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);
    /// <summary>Guilds the bot is in (READY lists them to the shard that owns each).</summary>
    public IReadOnlyList<string> GuildIds { get; init; } = ["1200000000000000003"];
    /// <summary>Is the privileged Message Content intent enabled for the fake application (else IDENTIFY with it closes 4014)?</summary>
    public bool MessageContentEnabled { get; init; } = true;
    /// <summary>Per channel: messages allowed per window on POST /channels/{id}/messages.</summary>
    public int MessageBucketLimit { get; init; } = 5;
    public TimeSpan MessageBucketWindow { get; init; } = TimeSpan.FromSeconds(5);
    /// <summary>Requests per second across routes (interaction routes exempt).</summary>
    public int GlobalPerSecond { get; init; } = 50;
    public TimeSpan InteractionDeadline { get; init; } = TimeSpan.FromSeconds(3);
}

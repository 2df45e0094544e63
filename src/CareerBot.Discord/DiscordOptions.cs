namespace CareerBot.Discord;

/// <summary>The "Discord" configuration section. Only <see cref="Token"/> is required; the rest have working defaults.</summary>
public sealed record DiscordOptions
{
    public const string Section = "Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>Bot token from the Developer Portal (Bot → Reset Token). Never logged.</summary>
    public string Token { get; init; } = "";
    /// <summary>REST base URL; the gateway URL comes from <c>GET /gateway/bot</c>, so pointing this at a fake moves the whole adapter.</summary>
    public string ApiBaseUrl { get; init; } = DefaultApiBaseUrl;
    /// <summary>
    /// Home guilds: slash commands are registered in them (instant updates; empty registers them globally), and their
    /// members with Manage Server moderate unless <see cref="ModeratorGuildIds"/> names other guilds.
    /// </summary>
    public string[] GuildIds { get; init; } = [];
    /// <summary>Guilds whose members with Manage Server (or Administrator) moderate, and where /kb is registered; empty means <see cref="GuildIds"/>.</summary>
    public string[] ModeratorGuildIds { get; init; } = [];
    /// <summary>Users who moderate wherever they write to the bot.</summary>
    public string[] ModeratorUserIds { get; init; } = [];
    /// <summary>Channels where the bot answers every message, not only mentions.</summary>
    public string[] ChannelIds { get; init; } = [];
    /// <summary>Roles whose members count as moderators (besides members with Manage Server in a home guild).</summary>
    public string[] ModeratorRoleIds { get; init; } = [];
    /// <summary>This process's shard; when unset the process runs every shard itself.</summary>
    public int? ShardId { get; init; }
    /// <summary>Total shards; when unset, Discord's recommendation from <c>GET /gateway/bot</c>.</summary>
    public int? ShardCount { get; init; }
    /// <summary>Register slash commands at start (bulk overwrite).</summary>
    public bool RegisterCommands { get; init; } = true;
    /// <summary>Events handled at once; the gateway read loop never waits for them except when the queue is full.</summary>
    public int DispatchWorkers { get; init; } = 8;
    public int EventQueueCapacity { get; init; } = 1024;
    /// <summary>
    /// Under load, how long the gateway reader lets frames gather between reads (0 reads each frame as it comes). Adds at most
    /// this much latency to an event while events keep arriving; the first event after a quiet spell is read at once.
    /// </summary>
    public int GatewayReadDelayMilliseconds { get; init; } = 20;
    /// <summary>On stop, how long replies in progress and queued may still finish before they are cancelled; keep it under the host's 30 s shutdown timeout.</summary>
    public double ShutdownGraceSeconds { get; init; } = 10;
    /// <summary>Replies sent at once; they wait for Discord's rate limits apart from the event workers.</summary>
    public int SendWorkers { get; init; } = 4;
    /// <summary>Replies that may wait for the rate limits before event handling waits too.</summary>
    public int ReplyQueueCapacity { get; init; } = 4096;
    /// <summary>How long an interaction may run before it is deferred (Discord allows 3 s for the first response).</summary>
    public TimeSpan InteractionDeferAfter { get; init; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>Optional HTTP interactions mode: the application's public key (hex, Developer Portal → General Information).</summary>
    public string? InteractionsPublicKey { get; init; }
    /// <summary>Where the HTTP interactions endpoint listens (POST /interactions), e.g. http://127.0.0.1:8090 behind a TLS proxy.</summary>
    public string? InteractionsUrl { get; init; }

    // The generated ToString would print the token.
    public override string ToString() =>
        $"DiscordOptions {{ ApiBaseUrl = {ApiBaseUrl}, GuildIds = [{string.Join(',', GuildIds)}], ModeratorGuildIds = [{string.Join(',', ModeratorGuildIds)}], ChannelIds = [{string.Join(',', ChannelIds)}], ShardId = {ShardId}, ShardCount = {ShardCount} }}";
}

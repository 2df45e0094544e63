namespace CareerBot.Slack;

/// <summary>The "Slack" configuration section (environment variables <c>Slack__BotToken</c> and so on).</summary>
public sealed record SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Bot User OAuth Token, <c>xoxb-…</c>; its presence turns the adapter on.</summary>
    public string? BotToken { get; init; }
    /// <summary>App-level token with <c>connections:write</c>, <c>xapp-…</c>; Socket Mode only.</summary>
    public string? AppToken { get; init; }
    /// <summary>Signing secret from the app's Basic Information page; HTTP mode only.</summary>
    public string? SigningSecret { get; init; }
    /// <summary>Web API base; Socket Mode URLs come from <c>apps.connections.open</c>, so this one key moves the whole adapter.</summary>
    public string ApiBaseUrl { get; init; } = "https://slack.com/api/";
    public SlackMode Mode { get; init; } = SlackMode.SocketMode;
    /// <summary>Address Kestrel listens on in HTTP mode; put a TLS reverse proxy in front of it.</summary>
    public string HttpHost { get; init; } = "127.0.0.1";
    public int HttpPort { get; init; } = 3000;
    /// <summary>Slack user ids that may run moderator commands.</summary>
    public string[] ModeratorUserIds { get; init; } = [];
    /// <summary>Admins and owners of the installing workspace (not guests, not Slack Connect users of other organizations) are moderators too.</summary>
    public bool ModeratorsIncludeAdmins { get; init; } = true;
    /// <summary>Events handled at once; the socket read loop never waits for them.</summary>
    public int Workers { get; init; } = 4;
    /// <summary>Events waiting for a worker before new ones are refused (and logged).</summary>
    public int QueueCapacity { get; init; } = 1024;
    /// <summary>On stop, how long replies in progress and queued may still finish before they are cancelled; keep it under the host's 30 s shutdown timeout.</summary>
    public double ShutdownGraceSeconds { get; init; } = 10;
    /// <summary>How long a delivery id is remembered; Slack's last retry comes about 5 minutes after the first delivery.</summary>
    public TimeSpan DeduplicationWindow { get; init; } = TimeSpan.FromMinutes(10);
    /// <summary>How often one call is retried after 429 before it fails.</summary>
    public int MaxRateLimitRetries { get; init; } = 3;
    /// <summary>Slack allows about one chat.postMessage per second per channel: one post per this interval per channel…</summary>
    public TimeSpan ChannelPostInterval { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>…after a short burst of this many.</summary>
    public int ChannelPostBurst { get; init; } = 3;
    /// <summary>Web API requests in flight at once, across all channels, so posting never crowds out the socket's acks.</summary>
    public int MaxConcurrentCalls { get; init; } = 8;

    /// <summary>Never prints a token or the signing secret, only whether each is set.</summary>
    public override string ToString() =>
        $"SlackOptions {{ Mode = {Mode}, ApiBaseUrl = {ApiBaseUrl}, BotToken = {Redacted(BotToken)}, AppToken = {Redacted(AppToken)}, SigningSecret = {Redacted(SigningSecret)}, HttpHost = {HttpHost}, HttpPort = {HttpPort}, Workers = {Workers} }}";

    private static string Redacted(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "(set)";

    internal Uri ApiBaseUri => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/");
}

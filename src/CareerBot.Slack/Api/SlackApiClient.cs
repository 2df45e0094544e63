using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareerBot.Slack.Outbound;
using CareerBot.Slack.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Api;

/// <summary>
/// Slack's Web API: POST {ApiBaseUrl}{method} with a bearer token, form bodies for reads and JSON for writes (as each
/// method accepts), the <c>{ok,error}</c> envelope turned into <see cref="SlackApiException"/>, and 429 + Retry-After
/// honoured for the one method that was limited.
/// </summary>
public sealed class SlackApiClient(
    IHttpClientFactory httpClients,
    IOptions<SlackOptions> options,
    SlackRateLimitGate gate,
    SlackChannelPacer pacer,
    SlackMetrics metrics,
    TimeProvider time,
    ILogger<SlackApiClient> logger)
{
    public const string HttpClientName = "Slack";
    private readonly SlackOptions _options = options.Value;
    private readonly SemaphoreSlim _inFlight = new(options.Value.MaxConcurrentCalls, options.Value.MaxConcurrentCalls);

    public async Task<SlackIdentity> AuthTestAsync(CancellationToken cancellationToken)
    {
        var r = await CallAsync("auth.test", BotToken, () => Form([]), cancellationToken);
        return new SlackIdentity(r.GetStringOrNull("user_id") ?? "", r.GetStringOrNull("bot_id"), r.GetStringOrNull("team_id") ?? "", r.GetStringOrNull("user") ?? "");
    }

    private const int MaxTransientRetries = 3;

    /// <summary>250 ms, 500 ms, 1 s before retries 1, 2 and 3 after a server error.</summary>
    private static TimeSpan TransientRetryDelay(int attempt) => TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt - 1));

    /// <summary>
    /// Posts in a channel, paced to Slack's per-channel limit; a 429 holds back only this channel's posts. With a
    /// <paramref name="replyKey"/> (unique per answer part) a server error is retried up to three times with back-off, each
    /// retry only after conversations.replies shows the part is not in the thread yet, so a post that succeeded despite the
    /// error is never repeated.
    /// </summary>
    /// <returns>The new message's ts.</returns>
    public async Task<string> PostMessageAsync(string channel, SlackMessageContent content, string? threadTs, CancellationToken cancellationToken,
        string? replyKey = null)
    {
        var body = new ChatMessageBody(channel, content.Text, content.Blocks)
        {
            ThreadTs = threadTs, UnfurlLinks = false, Metadata = replyKey is null ? null : ReplyMetadata.For(replyKey),
        };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await pacer.WaitAsync(channel, cancellationToken);
                var r = await CallAsync("chat.postMessage", BotToken, () => JsonContent.Create(body, options: SlackJson.Options), cancellationToken,
                    limitKey: "chat.postMessage:" + channel);
                return r.GetStringOrNull("ts") ?? "";
            }
            catch (SlackApiException e) when (e.IsTransient && replyKey is not null && threadTs is not null && attempt <= MaxTransientRetries)
            {
                logger.LogWarning("chat.postMessage failed with {Error} (attempt {Attempt}); checking the thread before retrying", e.Error, attempt);
                await Task.Delay(TransientRetryDelay(attempt), time, cancellationToken);
                if (await FindReplyAsync(channel, threadTs, replyKey, cancellationToken) is { } posted) return posted;
            }
        }
    }

    /// <summary>The ts of the bot's message carrying <paramref name="replyKey"/> in the thread, or null when it is not there.</summary>
    private async Task<string?> FindReplyAsync(string channel, string threadTs, string replyKey, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var r = await CallAsync("conversations.replies", BotToken, () => Form(
                [
                    new("channel", channel), new("ts", threadTs), new("include_all_metadata", "true"), new("limit", "200"),
                ]), cancellationToken);
                if (!r.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array) return null;
                foreach (var message in messages.EnumerateArray())
                    if (message.TryGetProperty("metadata", out var metadata)
                        && metadata.GetStringOrNull("event_type") == ReplyMetadata.Type
                        && metadata.TryGetProperty("event_payload", out var payload) && payload.GetStringOrNull("key") == replyKey)
                        return message.GetStringOrNull("ts");
                return null;
            }
            catch (SlackApiException e) when (e.IsTransient && attempt <= MaxTransientRetries)
            {
                await Task.Delay(TransientRetryDelay(attempt), time, cancellationToken);
            }
        }
    }

    public async Task PostEphemeralAsync(string channel, string user, SlackMessageContent content, string? threadTs, CancellationToken cancellationToken)
    {
        var body = new ChatMessageBody(channel, content.Text, content.Blocks) { User = user, ThreadTs = threadTs };
        await CallAsync("chat.postEphemeral", BotToken, () => JsonContent.Create(body, options: SlackJson.Options), cancellationToken);
    }

    public async Task UpdateMessageAsync(string channel, string ts, SlackMessageContent content, CancellationToken cancellationToken)
    {
        var body = new ChatMessageBody(channel, content.Text, content.Blocks) { Ts = ts };
        await CallAsync("chat.update", BotToken, () => JsonContent.Create(body, options: SlackJson.Options), cancellationToken);
    }

    /// <summary>Opens a modal for the member whose command or click produced <paramref name="triggerId"/> (valid once, for about 3 s).</summary>
    public async Task OpenViewAsync(string triggerId, SlackModalView view, CancellationToken cancellationToken) =>
        await CallAsync("views.open", BotToken, () => JsonContent.Create(new { TriggerId = triggerId, View = view }, options: SlackJson.Options), cancellationToken);

    /// <remarks>users.info does not accept JSON bodies, so the user goes in a form.</remarks>
    public async Task<SlackUserInfo> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        var r = await CallAsync("users.info", BotToken, () => Form([new("user", userId)]), cancellationToken);
        var u = r.GetProperty("user");
        var name = u.TryGetProperty("profile", out var profile) ? profile.GetStringOrNull("display_name") : null;
        if (string.IsNullOrEmpty(name)) name = u.GetStringOrNull("real_name");
        if (string.IsNullOrEmpty(name)) name = u.GetStringOrNull("name") ?? userId;
        return new SlackUserInfo(userId, name, u.GetBoolOrFalse("is_admin"), u.GetBoolOrFalse("is_owner"), u.GetBoolOrFalse("is_restricted"), u.GetBoolOrFalse("is_bot"), u.GetStringOrNull("team_id"));
    }

    /// <summary>A fresh, single-use Socket Mode URL; needs the app-level token.</summary>
    public async Task<Uri> OpenSocketModeConnectionAsync(CancellationToken cancellationToken)
    {
        var r = await CallAsync("apps.connections.open", _options.AppToken ?? "", () => Form([]), cancellationToken);
        return new Uri(r.GetStringOrNull("url") ?? throw new SlackApiException("apps.connections.open", "no_url_in_answer"));
    }

    /// <summary>Shares a file: files.getUploadURLExternal, the bytes to the upload URL, files.completeUploadExternal.</summary>
    /// <returns>The file id.</returns>
    public async Task<string> UploadFileAsync(SlackFileUpload upload, CancellationToken cancellationToken)
    {
        var target = await CallAsync("files.getUploadURLExternal", BotToken,
            () => Form([new("filename", upload.FileName), new("length", upload.Content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))]), cancellationToken);
        var uploadUrl = target.GetStringOrNull("upload_url") ?? throw new SlackApiException("files.getUploadURLExternal", "no_upload_url_in_answer");
        var fileId = target.GetStringOrNull("file_id") ?? throw new SlackApiException("files.getUploadURLExternal", "no_file_id_in_answer");

        using (var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = new ReadOnlyMemoryContent(upload.Content) })
        {
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var response = await SendBoundedAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode) throw new SlackApiException("file upload", $"http_{(int)response.StatusCode}");
        }

        var files = JsonSerializer.Serialize(new[] { new { id = fileId, title = upload.Title } });
        List<KeyValuePair<string, string>> fields = [new("files", files), new("channel_id", upload.Channel)];
        if (upload.ThreadTs is not null) fields.Add(new("thread_ts", upload.ThreadTs));
        await CallAsync("files.completeUploadExternal", BotToken, () => Form(fields), cancellationToken);
        return fileId;
    }

    /// <summary>Posts a slash command's delayed reply to its response_url (no token: the URL is the credential).</summary>
    public async Task RespondAsync(string responseUrl, SlackResponseMessage message, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = JsonContent.Create(message, options: SlackJson.Options) };
        using var response = await SendBoundedAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode) throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}");
    }

    private string BotToken => _options.BotToken ?? "";

    /// <param name="limitKey">What a 429 blocks: the method, or for per-channel limits the method and channel.</param>
    private async Task<JsonElement> CallAsync(string method, string token, Func<HttpContent> body, CancellationToken cancellationToken, string? limitKey = null)
    {
        var url = new Uri(_options.ApiBaseUri, method);
        limitKey ??= method;
        for (var attempt = 0; ; attempt++)
        {
            await gate.WaitAsync(limitKey, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await SendBoundedAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var retryAfter = RetryAfter(response);
                gate.Block(limitKey, retryAfter);
                metrics.RateLimited(method);
                if (attempt >= _options.MaxRateLimitRetries) throw new SlackApiException(method, "ratelimited");
                logger.LogWarning("Slack rate-limited {Method}; retrying in {RetryAfter}", method, retryAfter);
                continue;
            }
            if (!response.IsSuccessStatusCode) throw new SlackApiException(method, $"http_{(int)response.StatusCode}");

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            var root = document.RootElement.Clone();
            if (!root.GetBoolOrFalse("ok"))
                throw new SlackApiException(method, root.GetStringOrNull("error") ?? "unknown_error", root.GetStringOrNull("needed"));
            if (root.GetStringOrNull("warning") is { } warning) logger.LogDebug("Slack {Method} warned: {Warning}", method, warning);
            return root;
        }
    }

    /// <summary>At most Slack:MaxConcurrentCalls requests at once; waits for a channel's turn or a Retry-After happen before, holding no slot.</summary>
    private async Task<HttpResponseMessage> SendBoundedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _inFlight.WaitAsync(cancellationToken);
        try
        {
            return await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        finally
        {
            _inFlight.Release();
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : TimeSpan.FromSeconds(1));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private static FormUrlEncodedContent Form(IEnumerable<KeyValuePair<string, string>> fields) => new(fields);
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using CareerBot.Core.Configuration;
using CareerBot.Discord.Connection;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Api;

/// <summary>
/// Discord REST v10 with its rate limits: per-route buckets from the <c>X-RateLimit-*</c> headers, the global 50/s,
/// and 429 <c>retry_after</c>. A 429 is always retried (the request was not applied); a 5xx or network failure only when
/// the request is safe to repeat: reads, overwrites, and message POSTs carrying a nonce that Discord enforces.
/// </summary>
public sealed class DiscordRestClient : IGatewayDiscovery, IDisposable
{
    /// <summary>The form Discord asks for, "DiscordBot ($url, $versionNumber)", with CareerBot's release number.</summary>
    public static readonly string UserAgent = $"DiscordBot (https://github.com/careerbot, {CareerBotVersion.Current}) CareerBot/{CareerBotVersion.Current}";
    private const int MaxAttempts = 5;

    private readonly HttpClient _http;
    private readonly string _authorization;
    private readonly RateLimitBuckets _buckets;
    private readonly GlobalRateLimit _global;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;

    public DiscordRestClient(IOptions<DiscordOptions> options, RateLimitBuckets buckets, GlobalRateLimit global, TimeProvider time, ILogger<DiscordRestClient> logger)
    {
        var baseUrl = options.Value.ApiBaseUrl.TrimEnd('/') + "/";
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(30),
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        _authorization = "Bot " + options.Value.Token;
        _buckets = buckets;
        _global = global;
        _time = time;
        _logger = logger;
    }

    /// <summary>A 401 here means the token is wrong: that is fatal for the gateway, not a reason to reconnect.</summary>
    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        try
        {
            return JsonSerializer.Deserialize<GatewayBotInfo>(await SendAsync(DiscordRoutes.GatewayBot(), null, safeToRetry: true, cancellationToken), DiscordJson.Options)
                ?? throw new JsonException("GET /gateway/bot answered an empty body");
        }
        catch (DiscordRestException e) when (e.StatusCode == 401)
        {
            throw new GatewayFatalException("Discord answered 401 Unauthorized to GET /gateway/bot: Discord:Token is wrong or was reset. Copy a new token from the Developer Portal (Bot → Reset Token).");
        }
    }

    // The objects Discord returns for these calls are not parsed: nothing here reads them.
    public Task CreateMessageAsync(string channelId, MessageCreateRequest message, IReadOnlyList<DiscordFile> files, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoutes.CreateMessage(channelId), () => Body(message, files),
            safeToRetry: message is { Nonce: not null, EnforceNonce: true }, cancellationToken);

    /// <summary>The first answer to an interaction. Not repeated after a 5xx: a second callback would be refused as already acknowledged.</summary>
    public Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, IReadOnlyList<DiscordFile> files, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoutes.InteractionCallback(interactionId, token), () => Body(response, files), safeToRetry: false, cancellationToken);

    public Task EditOriginalResponseAsync(string applicationId, string token, InteractionCallbackData message, IReadOnlyList<DiscordFile> files, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoutes.EditOriginalResponse(applicationId, token), () => Body(message, files), safeToRetry: true, cancellationToken);

    public Task DeleteOriginalResponseAsync(string applicationId, string token, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoutes.DeleteOriginalResponse(applicationId, token), null, safeToRetry: true, cancellationToken);

    /// <summary>A further message for an interaction; not repeated after a 5xx (webhook messages take no nonce).</summary>
    public Task CreateFollowupAsync(string applicationId, string token, InteractionCallbackData message, IReadOnlyList<DiscordFile> files, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoutes.CreateFollowup(applicationId, token), () => Body(message, files), safeToRetry: false, cancellationToken);

    public Task BulkOverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync(guildId is null ? DiscordRoutes.BulkOverwriteGlobalCommands(applicationId) : DiscordRoutes.BulkOverwriteGuildCommands(applicationId, guildId),
            () => Body(commands, []), safeToRetry: true, cancellationToken);

    /// <summary>Sends with the rate limits and retries; returns the successful response's body ("" when it has none).</summary>
    public async Task<string> SendAsync(DiscordRoute route, Func<HttpContent>? content, bool safeToRetry, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var bucket = _buckets.For(route);
            await bucket.AcquireAsync(cancellationToken);
            using var request = new HttpRequestMessage(route.Method, route.Path) { Content = content?.Invoke() };
            if (route.Authorized) request.Headers.TryAddWithoutValidation("Authorization", _authorization);
            HttpResponseMessage response;
            // The global slot is taken last, right before sending, so waiting in a bucket cannot bunch requests up; it is
            // released (its second starts) when the response headers are back.
            var slot = await _global.AcquireAsync(route, cancellationToken);
            try
            {
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException e) when (attempt < MaxAttempts && (safeToRetry || NeverSent(e)))
            {
                bucket.ProbeFailed();
                _logger.LogWarning("{Route} failed ({Problem}); retrying (attempt {Attempt})", route, e.Message, attempt);
                await Task.Delay(RetryDelay(attempt), _time, cancellationToken);
                continue;
            }
            catch
            {
                bucket.ProbeFailed();
                throw;
            }
            finally
            {
                slot?.Dispose();
            }

            using (response)
            {
                var headers = RateLimitHeaders.Read(response.Headers);
                _buckets.Update(route, bucket, headers);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);

                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
                {
                    var error = ParseError(body);
                    var retryAfter = TimeSpan.FromSeconds(error?.RetryAfter ?? response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 1);
                    var global = headers.Global || error?.Global == true;
                    if (global) _global.Park(retryAfter); else _buckets.For(route).Park(retryAfter);
                    _logger.LogWarning("{Route} rate limited (scope {Scope}, global {Global}); retrying after {RetryAfter:0.###} s",
                        route, headers.Scope ?? "unknown", global, retryAfter.TotalSeconds);
                    continue;
                }
                if ((int)response.StatusCode >= 500 && safeToRetry && attempt < MaxAttempts)
                {
                    _logger.LogWarning("{Route} answered {Status}; retrying (attempt {Attempt})", route, (int)response.StatusCode, attempt);
                    await Task.Delay(RetryDelay(attempt), _time, cancellationToken);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                {
                    var error = ParseError(body);
                    throw new DiscordRestException(route, (int)response.StatusCode, error?.Code, Describe(error, body));
                }
                return body;
            }
        }
    }

    private static HttpContent Body<T>(T payload, IReadOnlyList<DiscordFile> files)
    {
        var json = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(payload, DiscordJson.Options)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } };
        if (files.Count == 0) return json;
        var multipart = new MultipartFormDataContent { { json, "payload_json" } };
        for (var i = 0; i < files.Count; i++)
        {
            var part = new ByteArrayContent(files[i].Content);
            part.Headers.ContentType = new MediaTypeHeaderValue(files[i].ContentType);
            multipart.Add(part, $"files[{i}]", files[i].Name);
        }
        return multipart;
    }

    /// <summary>A refused connection never reached Discord, so even an unsafe request can be sent again.</summary>
    private static bool NeverSent(HttpRequestException e) =>
        e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NetworkUnreachable };

    private static TimeSpan RetryDelay(int attempt) => TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt - 1) * (0.5 + Random.Shared.NextDouble() / 2));

    private static DiscordErrorBody? ParseError(string body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize<DiscordErrorBody>(body, DiscordJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Discord's message plus its nested form errors flattened to "path: message" (e.g. "content: Must be 2000 or fewer in length.").</summary>
    private static string Describe(DiscordErrorBody? error, string body)
    {
        if (error is null) return body.Length > 200 ? body[..200] : body;
        var details = new List<string>();
        if (error.Errors is { } errors) Flatten(errors, "", details);
        return details.Count == 0 ? error.Message ?? "" : $"{error.Message}: {string.Join("; ", details)}";
    }

    private static void Flatten(JsonElement element, string path, List<string> details)
    {
        if (element.ValueKind != JsonValueKind.Object) return;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == "_errors" && property.Value.ValueKind == JsonValueKind.Array)
                details.AddRange(property.Value.EnumerateArray().Select(e =>
                    $"{path}: {(e.TryGetProperty("message", out var m) ? m.GetString() : e.ToString())}"));
            else
                Flatten(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", details);
        }
    }

    public void Dispose() => _http.Dispose();
}

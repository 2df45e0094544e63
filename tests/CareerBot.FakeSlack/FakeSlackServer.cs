using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.FakeSlack;

/// <summary>
/// A loopback Slack: the Web API methods CareerBot uses, apps.connections.open + the Socket Mode WebSocket, upload
/// URLs, response_url endpoints, and signed HTTP posts to a bot in HTTP mode. Every call is recorded for assertions.
/// Runs in-process (<see cref="StartAsync"/>) or standalone (Program).
/// </summary>
public sealed partial class FakeSlackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly NextCalls<int> _rateLimits = new();
    private readonly ConcurrentDictionary<string, FakeUpload> _uploads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _responseUrlUses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _tickets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Tokens, DateTimeOffset At)> _channelBuckets = new(StringComparer.Ordinal);
    private long _sequence;
    private int _postCount;

    private FakeSlackServer(WebApplication app, FakeSlackOptions options)
    {
        _app = app;
        Options = options;
    }

    public FakeSlackOptions Options { get; }
    public Uri BaseUrl { get; private set; } = null!;
    public Uri ApiUrl => new(BaseUrl, "api/");

    public ConcurrentQueue<FakeApiCall> Calls { get; } = new();
    public ConcurrentQueue<FakePost> Posts { get; } = new();
    public ConcurrentQueue<FakeResponse> Responses { get; } = new();
    public IEnumerable<FakeUpload> Uploads => _uploads.Values;
    /// <summary>Messages posted so far (all methods), cheap to read in a polling loop.</summary>
    public int PostCount => Volatile.Read(ref _postCount);

    public static async Task<FakeSlackServer> StartAsync(int port = 0, FakeSlackOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new FakeSlackServer(app, options ?? new FakeSlackOptions());
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.MapPost("/api/{method}", server.HandleApiAsync);
        app.MapPost("/upload/{fileId}", server.HandleUploadAsync);
        app.MapPost("/response/{id}", server.HandleResponseUrlAsync);
        app.Map("/link", server.HandleSocketAsync);
        server.MapControlEndpoints(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> answer 429 with Retry-After.</summary>
    public void RateLimitNext(string method, int count, int retryAfterSeconds) => _rateLimits.Arm(method, count, retryAfterSeconds);

    public IReadOnlyList<FakeApiCall> CallsTo(string method) => Calls.Where(c => c.Method == method).ToList();

    private string NextTs() => $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{Interlocked.Increment(ref _sequence) % 1_000_000:D6}";
    private string NextId(string prefix) => prefix + Interlocked.Increment(ref _sequence).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    private async Task HandleApiAsync(HttpContext context, string method)
    {
        var (fields, contentType) = await ReadFieldsAsync(context.Request);
        var token = context.Request.Headers.Authorization.ToString() is { Length: > 7 } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal)
            ? auth[7..] : fields.GetValueOrDefault("token");

        int? retryAfter = null;
        if (_rateLimits.TryTake(method, out var scripted)) retryAfter = scripted;
        else if (method == "chat.postMessage" && fields.GetValueOrDefault("channel") is { Length: > 0 } channel)
            retryAfter = ChannelPostRetryAfter(channel);
        if (retryAfter is { } seconds)
        {
            Calls.Enqueue(new FakeApiCall(method, token, fields, contentType, DateTimeOffset.UtcNow, 429));
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await context.Response.WriteAsJsonAsync(new { ok = false, error = "ratelimited" });
            return;
        }
        var failure = TakeFailure(method);
        Calls.Enqueue(new FakeApiCall(method, token, fields, contentType, DateTimeOffset.UtcNow, failure == true ? 500 : 200));
        if (failure == false)
        {
            await context.Response.WriteAsJsonAsync(Error("internal_error"));
            return;
        }
        var answer = TokenProblem(method, token) is { } problem ? Error(problem) : Answer(method, fields);
        if (failure == true) await WriteServerErrorAsync(context);
        else await context.Response.WriteAsJsonAsync(answer);
    }

    /// <summary>A token bucket per channel for chat.postMessage; null when the post may go out, else whole seconds to wait (at least 1).</summary>
    private int? ChannelPostRetryAfter(string channel)
    {
        if (Options.ChannelPostInterval <= TimeSpan.Zero) return null;
        var now = DateTimeOffset.UtcNow;
        lock (_channelBuckets)
        {
            var (tokens, at) = _channelBuckets.TryGetValue(channel, out var bucket) ? bucket : (Options.ChannelPostBurst, now);
            tokens = Math.Min(Options.ChannelPostBurst, tokens + (now - at) / Options.ChannelPostInterval);
            if (tokens >= 1)
            {
                _channelBuckets[channel] = (tokens - 1, now);
                return null;
            }
            _channelBuckets[channel] = (tokens, now);
            return Math.Max(1, (int)Math.Ceiling((1 - tokens) * Options.ChannelPostInterval.TotalSeconds));
        }
    }

    private string? TokenProblem(string method, string? token)
    {
        if (string.IsNullOrEmpty(token)) return "not_authed";
        var wantsAppToken = method == "apps.connections.open";
        if (token == Options.AppToken) return wantsAppToken ? null : "not_allowed_token_type";
        if (token == Options.BotToken) return wantsAppToken ? "not_allowed_token_type" : null;
        return "invalid_auth";
    }

    private JsonObject Answer(string method, IReadOnlyDictionary<string, string> f) => method switch
    {
        "auth.test" => Ok(new JsonObject
        {
            ["url"] = "https://fake.slack.test/", ["team"] = "Fake Team", ["user"] = "careerbot",
            ["team_id"] = Options.TeamId, ["user_id"] = Options.BotUserId, ["bot_id"] = Options.BotId, ["is_enterprise_install"] = false,
        }),
        "apps.connections.open" => OpenConnection(),
        "chat.postMessage" or "chat.postEphemeral" => PostMessage(method, f),
        "chat.update" => UpdateMessage(f),
        "conversations.replies" => Replies(f),
        "users.info" => f.TryGetValue("user", out var user) && user.Length > 0 ? Ok(new JsonObject { ["user"] = UserJson(user) }) : Error("user_not_found"),
        "files.getUploadURLExternal" => GetUploadUrl(f),
        "files.completeUploadExternal" => CompleteUpload(f),
        "views.open" => OpenView(f),
        _ => Error("unknown_method"),
    };

    private JsonObject OpenConnection()
    {
        var ticket = Guid.NewGuid().ToString("N");
        _tickets[ticket] = 0;
        var ws = new UriBuilder(BaseUrl) { Scheme = "ws", Path = "/link/", Query = $"ticket={ticket}&app_id={Options.AppId}" };
        return Ok(new JsonObject { ["url"] = ws.Uri.ToString() });
    }

    private JsonObject PostMessage(string method, IReadOnlyDictionary<string, string> f)
    {
        var channel = f.GetValueOrDefault("channel") ?? "";
        if (channel.Length == 0 || !"CDG".Contains(channel[0])) return Error("channel_not_found");
        var text = f.GetValueOrDefault("text") ?? "";
        var blocks = f.TryGetValue("blocks", out var b) ? JsonNode.Parse(b) as JsonArray : null;
        if (text.Length == 0 && (blocks is null || blocks.Count == 0)) return Error("no_text");
        if (text.Length > Options.MaxTextLength) return Error("msg_too_long");
        if (BlocksProblem(blocks) is { } problem) return Error(problem);
        if (method == "chat.postEphemeral" && string.IsNullOrEmpty(f.GetValueOrDefault("user"))) return Error("user_not_in_channel");
        var ts = NextTs();
        var threadTs = f.GetValueOrDefault("thread_ts");
        KeepMetadata(ts, f);
        Posts.Enqueue(new FakePost(method, channel, threadTs, text, blocks, ts, f.GetValueOrDefault("user"), DateTimeOffset.UtcNow));
        Interlocked.Increment(ref _postCount);
        if (method == "chat.postEphemeral") return Ok(new JsonObject { ["message_ts"] = ts });
        if (Options.EchoBotDirectMessages && channel[0] == 'D')
            SendEvent(new JsonObject
            {
                ["type"] = "message", ["channel"] = channel, ["channel_type"] = "im", ["user"] = Options.BotUserId, ["bot_id"] = Options.BotId,
                ["text"] = text, ["ts"] = ts, ["thread_ts"] = threadTs,
            });
        return Ok(new JsonObject { ["channel"] = channel, ["ts"] = ts, ["message"] = new JsonObject { ["text"] = text, ["ts"] = ts } });
    }

    private JsonObject UpdateMessage(IReadOnlyDictionary<string, string> f)
    {
        var ts = f.GetValueOrDefault("ts");
        var original = Posts.FirstOrDefault(p => p.Ts == ts && p.Method == "chat.postMessage");
        if (original is null) return Error("message_not_found");
        var text = f.GetValueOrDefault("text") ?? "";
        var blocks = f.TryGetValue("blocks", out var b) ? JsonNode.Parse(b) as JsonArray : null;
        if (text.Length > Options.MaxTextLength) return Error("msg_too_long");
        if (BlocksProblem(blocks) is { } problem) return Error(problem);
        Posts.Enqueue(original with { Method = "chat.update", Text = text, Blocks = blocks, At = DateTimeOffset.UtcNow });
        return Ok(new JsonObject { ["channel"] = original.Channel, ["ts"] = ts, ["text"] = text });
    }

    /// <summary>
    /// Slack's Block Kit limits for messages: 50 blocks, section text 1 to 3,000 characters, context 10 elements, header
    /// plain_text, actions 1 to 25 elements with valid buttons, block_id and action_id at most 255 and unique.
    /// </summary>
    private static string? BlocksProblem(JsonArray? blocks, int maxBlocks = 50)
    {
        if (blocks is null) return null;
        if (blocks.Count > maxBlocks) return "invalid_blocks";
        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        var actionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var type = block?["type"]?.GetValue<string>();
            if (block?["block_id"]?.GetValue<string>() is { } blockId && (blockId.Length is 0 or > 255 || !blockIds.Add(blockId))) return "invalid_blocks";
            if (type == "section" && (block!["text"]?["text"]?.GetValue<string>()?.Length ?? 0) is 0 or > 3000) return "invalid_blocks";
            if (type == "context" && (block!["elements"] as JsonArray)?.Count > 10) return "invalid_blocks";
            if (type == "header" && block!["text"]?["type"]?.GetValue<string>() != "plain_text") return "invalid_blocks";
            if (type == "actions" && ActionsProblem(block!["elements"] as JsonArray, actionIds)) return "invalid_blocks";
        }
        return null;
    }

    /// <summary>An actions block holds 1 to 25 elements; a button has a plain_text label (≤ 75), a value ≤ 2,000 and a unique action_id ≤ 255.</summary>
    private static bool ActionsProblem(JsonArray? elements, HashSet<string> actionIds)
    {
        if (elements is null || elements.Count is 0 or > 25) return true;
        foreach (var element in elements)
        {
            if (element?["action_id"]?.GetValue<string>() is { } actionId && (actionId.Length is 0 or > 255 || !actionIds.Add(actionId))) return true;
            if (element?["type"]?.GetValue<string>() != "button") continue;
            if (element["text"]?["type"]?.GetValue<string>() != "plain_text" || (element["text"]?["text"]?.GetValue<string>()?.Length ?? 0) is 0 or > 75) return true;
            if (element["value"]?.GetValue<string>()?.Length > 2000) return true;
        }
        return false;
    }

    private JsonObject UserJson(string user) => new()
    {
        ["id"] = user, ["team_id"] = Options.UserTeams.GetValueOrDefault(user, Options.TeamId), ["name"] = user.ToLowerInvariant(), ["real_name"] = "Member " + user,
        ["is_admin"] = Options.AdminUserIds.Contains(user), ["is_owner"] = false, ["is_restricted"] = false, ["is_bot"] = false,
        ["profile"] = new JsonObject { ["display_name"] = "member-" + user.ToLowerInvariant() },
    };

    private JsonObject GetUploadUrl(IReadOnlyDictionary<string, string> f)
    {
        if (!f.TryGetValue("filename", out var name) || !int.TryParse(f.GetValueOrDefault("length"), out var length) || length <= 0)
            return Error("invalid_arguments");
        var fileId = NextId("F");
        _uploads[fileId] = new FakeUpload(fileId, name, length, -1, null, null, false);
        return Ok(new JsonObject { ["upload_url"] = new Uri(BaseUrl, "upload/" + fileId).ToString(), ["file_id"] = fileId });
    }

    private JsonObject CompleteUpload(IReadOnlyDictionary<string, string> f)
    {
        if (!f.TryGetValue("files", out var json) || JsonNode.Parse(json) is not JsonArray files || files.Count == 0) return Error("invalid_arguments");
        var shared = new JsonArray();
        foreach (var file in files)
        {
            var id = file?["id"]?.GetValue<string>() ?? "";
            // Slack refuses to complete an upload whose bytes never arrived or whose size differs from the declared length.
            if (!_uploads.TryGetValue(id, out var upload) || upload.ReceivedLength != upload.DeclaredLength) return Error("file_not_found");
            _uploads[id] = upload with { Channel = f.GetValueOrDefault("channel_id"), ThreadTs = f.GetValueOrDefault("thread_ts"), Completed = true };
            shared.Add(new JsonObject { ["id"] = id, ["title"] = file?["title"]?.GetValue<string>() ?? upload.FileName });
        }
        return Ok(new JsonObject { ["files"] = shared });
    }

    private async Task HandleUploadAsync(HttpContext context, string fileId)
    {
        if (!_uploads.TryGetValue(fileId, out var upload))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        int received;
        if (context.Request.HasFormContentType)
        {
            // The node SDK sends multipart with the bytes in a form field or file.
            var form = await context.Request.ReadFormAsync();
            received = form.Files.Count > 0 ? (int)form.Files[0].Length : Encoding.UTF8.GetByteCount(form.FirstOrDefault().Value.ToString());
        }
        else
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            received = (int)buffer.Length;
        }
        _uploads[fileId] = upload with { ReceivedLength = received };
        await context.Response.WriteAsync($"OK - {received}");
    }

    private async Task HandleResponseUrlAsync(HttpContext context, string id)
    {
        // Slack accepts at most 5 replies per response_url.
        if (_responseUrlUses.AddOrUpdate(id, 1, (_, n) => n + 1) > 5)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsJsonAsync(new { ok = false, error = "used_url" });
            return;
        }
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var text = body?["text"]?.GetValue<string>() ?? "";
        var blocks = body?["blocks"] as JsonArray;
        if (text.Length == 0 && (blocks is null || blocks.Count == 0))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new { ok = false, error = "no_text" });
            return;
        }
        var replaceOriginal = body?["replace_original"] is JsonValue replace && replace.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? replace.GetValue<bool>() : (bool?)null;
        Responses.Enqueue(new FakeResponse(id, body?["response_type"]?.GetValue<string>(), text, blocks?.DeepClone() as JsonArray, DateTimeOffset.UtcNow, replaceOriginal));
        await context.Response.WriteAsJsonAsync(new { ok = true });
    }

    /// <summary>Query string, form (nested values as JSON strings) or JSON body, flattened to strings.</summary>
    private static async Task<(Dictionary<string, string> Fields, string ContentType)> ReadFieldsAsync(HttpRequest request)
    {
        var fields = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var contentType = request.ContentType ?? "";
        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync()) fields[key] = value.ToString();
        }
        else if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            if (await JsonNode.ParseAsync(request.Body) is JsonObject json)
                foreach (var (key, value) in json)
                    if (value is not null) fields[key] = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        }
        return (fields, contentType);
    }

    private static JsonObject Ok(JsonObject body)
    {
        body["ok"] = true;
        return body;
    }

    private static JsonObject Error(string error) => new() { ["ok"] = false, ["error"] = error };

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await CloseSocketsAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CareerBot.FakeDiscord;

/// <summary>The REST routes a bot uses, with Discord's auth, rate-limit headers, validation and error bodies; every exchange is recorded.</summary>
public sealed class FakeRestApi(FakeDiscordOptions options, FakeGateway gateway, FakeRateLimits limits, Func<string> gatewayBaseUrl)
{
    private const string RecordKey = "fake-discord-request";
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<JsonObject> _messages = [];
    private readonly ConcurrentDictionary<string, JsonObject> _byNonce = new();
    private readonly ConcurrentDictionary<string, string?> _channelGuilds = new();
    private readonly ConcurrentDictionary<string, FakeInteraction> _interactions = new();
    private readonly ConcurrentDictionary<string, JsonArray> _commands = new();
    private int _commandVersion;

    public event Action<RecordedRequest>? Recorded;

    /// <summary>
    /// Each request is added once its response is written, so a moment after what its handler stored (<see cref="Messages"/>,
    /// an interaction's follow-ups) is visible: to read a request, wait for it here (<see cref="FakeDiscordServer.WaitForRequestsAsync"/>),
    /// not for its message.
    /// </summary>
    public IReadOnlyList<RecordedRequest> Requests { get { lock (_requests) return _requests.ToList(); } }
    public IReadOnlyList<JsonObject> Messages { get { lock (_messages) return _messages.ToList(); } }
    public IReadOnlyDictionary<string, FakeInteraction> Interactions => _interactions;
    /// <summary>Registered commands by scope: "global" or a guild id.</summary>
    public IReadOnlyDictionary<string, JsonArray> Commands => _commands;

    public void RememberChannel(string channelId, string? guildId) => _channelGuilds[channelId] = guildId;

    private int _failingCreates;
    private bool _failAfterCreating;

    /// <summary>
    /// The next <paramref name="count"/> message creations answer 500, as Discord does on a bad day; with
    /// <paramref name="afterCreating"/> the message is created first, so only the response is lost (the case nonces exist for).
    /// </summary>
    public void FailNextMessageCreates(int count, bool afterCreating)
    {
        _failAfterCreating = afterCreating;
        Volatile.Write(ref _failingCreates, count);
    }

    private bool ShouldFail()
    {
        while (Volatile.Read(ref _failingCreates) is var left and > 0)
            if (Interlocked.CompareExchange(ref _failingCreates, left - 1, left) == left) return true;
        return false;
    }

    private static IResult ServerError() =>
        Results.Json(new JsonObject { ["message"] = "500: Internal Server Error", ["code"] = 0 }, statusCode: 500);

    public FakeInteraction AddInteraction(FakeInteraction interaction) => _interactions[interaction.Id] = interaction;

    public JsonObject? FindCommand(string name, string? guildId)
    {
        foreach (var scope in guildId is null ? ["global"] : new[] { guildId, "global" })
            if (_commands.TryGetValue(scope, out var list) && list.OfType<JsonObject>().FirstOrDefault(c => c["name"]?.GetValue<string>() == name) is { } found)
                return found;
        return null;
    }

    public void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api"))
            {
                await next();
                return;
            }
            var record = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "",
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), DateTimeOffset.UtcNow);
            context.Items[RecordKey] = record;
            // Bodies are recorded even when the request is refused (429, 401) before a handler reads them.
            context.Request.EnableBuffering();
            await ReadBodyAsync(context);
            context.Request.Body.Position = 0;
            await next();
            record.Status = context.Response.StatusCode;
            lock (_requests) _requests.Add(record);
            Recorded?.Invoke(record);
        });

        var api = app.MapGroup("/api/v{version:int}");
        api.MapGet("/gateway", () => Results.Json(new JsonObject { ["url"] = gatewayBaseUrl() + "/gateway" }));
        api.MapGet("/gateway/bot", (HttpContext c) => Authorized(c, () => Results.Json(new JsonObject
        {
            ["url"] = gatewayBaseUrl() + "/gateway",
            ["shards"] = options.RecommendedShards,
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = 1000,
                ["remaining"] = 1000 - gateway.IdentifyCount,
                ["reset_after"] = 86_400_000,
                ["max_concurrency"] = options.MaxConcurrency,
            },
        })));
        api.MapGet("/users/@me", (HttpContext c) => Authorized(c, () => Results.Json(FakeDiscordPayloads.BotUser(options))));
        api.MapGet("/applications/@me", (HttpContext c) => Authorized(c, () => Results.Json(new JsonObject
        {
            ["id"] = options.ApplicationId, ["name"] = options.BotUsername, ["flags"] = 0, ["bot_public"] = true, ["description"] = "",
        })));
        api.MapPost("/channels/{channelId}/messages", CreateMessageAsync);
        api.MapPost("/interactions/{id}/{token}/callback", InteractionCallbackAsync);
        api.MapPatch("/webhooks/{applicationId}/{token}/messages/@original", EditOriginalAsync);
        api.MapDelete("/webhooks/{applicationId}/{token}/messages/@original", (string applicationId, string token) => WithInteraction(applicationId, token, i =>
        {
            i.Deleted = true;
            return Results.NoContent();
        }));
        api.MapPost("/webhooks/{applicationId}/{token}", FollowupAsync);
        api.MapPut("/applications/{applicationId}/commands", (HttpContext c, string applicationId) => OverwriteCommandsAsync(c, applicationId, "global"));
        api.MapPut("/applications/{applicationId}/guilds/{guildId}/commands", (HttpContext c, string applicationId, string guildId) => OverwriteCommandsAsync(c, applicationId, guildId));
    }

    private IResult Authorized(HttpContext context, Func<IResult> handler) =>
        context.Request.Headers.Authorization.ToString() == "Bot " + options.Token
            ? handler()
            : Results.Json(new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 }, statusCode: 401);

    private bool Limited(HttpContext context, string template, string majorId, int limit, TimeSpan window, bool exemptFromGlobal, out IResult? refusal)
    {
        var verdict = limits.Check(template, majorId, limit, window, exemptFromGlobal);
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = verdict.Limit.ToString();
        headers["X-RateLimit-Remaining"] = verdict.Remaining.ToString();
        headers["X-RateLimit-Reset-After"] = verdict.ResetAfter.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0 + verdict.ResetAfter).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        headers["X-RateLimit-Bucket"] = verdict.Bucket;
        refusal = null;
        if (verdict.Allowed) return false;
        headers["Retry-After"] = Math.Ceiling(verdict.RetryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
        ((RecordedRequest)context.Items[RecordKey]!).RetryAfter = Math.Round(verdict.RetryAfter, 3);
        headers["X-RateLimit-Scope"] = verdict.Global ? "global" : "user";
        if (verdict.Global) headers["X-RateLimit-Global"] = "true";
        refusal = Results.Json(new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = Math.Round(verdict.RetryAfter, 3),
            ["global"] = verdict.Global,
        }, statusCode: 429);
        return true;
    }

    private async Task<IResult> CreateMessageAsync(HttpContext context, string channelId)
    {
        if (context.Request.Headers.Authorization.ToString() != "Bot " + options.Token)
            return Results.Json(new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 }, statusCode: 401);
        if (Limited(context, "POST /channels/{channel_id}/messages", channelId, options.MessageBucketLimit, options.MessageBucketWindow, false, out var refusal))
            return refusal!;
        var (body, files, problem) = await ReadBodyAsync(context);
        if (problem is not null) return problem;
        if (FakeValidation.Message(body, files.Count) is { } invalid) return Invalid(invalid);

        var failing = ShouldFail();
        if (failing && !_failAfterCreating) return ServerError();
        var nonce = body?["nonce"]?.ToString();
        var enforce = body?["enforce_nonce"]?.GetValue<bool>() == true;
        if (enforce && nonce is not null && _byNonce.TryGetValue(channelId + "/" + nonce, out var existing))
            return failing ? ServerError() : Results.Json(existing);

        var message = new JsonObject
        {
            ["id"] = Snowflake.Next(),
            ["channel_id"] = channelId,
            ["author"] = FakeDiscordPayloads.BotUser(options),
            ["content"] = body?["content"]?.GetValue<string>() ?? "",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz"),
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(files.Select((f, i) => (JsonNode)new JsonObject { ["id"] = Snowflake.Next(), ["filename"] = f, ["size"] = 1, ["url"] = $"http://127.0.0.1/attachments/{f}", ["proxy_url"] = $"http://127.0.0.1/attachments/{f}" }).ToArray()),
            ["embeds"] = body?["embeds"]?.DeepClone() ?? new JsonArray(),
            ["components"] = body?["components"]?.DeepClone() ?? new JsonArray(),
            ["pinned"] = false,
            ["type"] = body?["message_reference"] is null ? 0 : 19,
            ["flags"] = 0,
        };
        if (body?["message_reference"] is JsonNode reference) message["message_reference"] = reference.DeepClone();
        if (nonce is not null) message["nonce"] = nonce;
        var guildId = _channelGuilds.GetValueOrDefault(channelId);
        if (guildId is not null) message["guild_id"] = guildId;
        if (enforce && nonce is not null) _byNonce[channelId + "/" + nonce] = message;
        lock (_messages) _messages.Add(message);
        // Like Discord, every message the bot creates comes back to it as MESSAGE_CREATE (author.bot = true).
        await gateway.DispatchAsync("MESSAGE_CREATE", message.DeepClone(), guildId);
        return failing ? ServerError() : Results.Json(message);
    }

    private async Task<IResult> InteractionCallbackAsync(HttpContext context, string id, string token)
    {
        Limited(context, "POST /interactions/{interaction_id}/{interaction_token}/callback", id, 100, TimeSpan.FromSeconds(1), true, out _);
        if (!_interactions.TryGetValue(id, out var interaction) || interaction.Token != token
            || DateTimeOffset.UtcNow - interaction.CreatedAt > options.InteractionDeadline && interaction.CallbackType is null)
            return Error(404, 10062, "Unknown interaction");
        var (body, files, problem) = await ReadBodyAsync(context);
        if (problem is not null) return problem;
        lock (interaction)
        {
            if (interaction.CallbackType is not null) return Error(400, 40060, "Interaction has already been acknowledged.");
            var type = body?["type"]?.GetValue<int>() ?? 0;
            // Autocomplete gets choices; a modal can answer a command or a click, never a modal submit.
            var allowed = interaction.Type switch
            {
                4 => type == 8,
                5 => type is 4 or 5 or 6 or 7,
                3 => type is 4 or 5 or 6 or 7 or 9,
                _ => type is 4 or 5 or 9,
            };
            if (!allowed) return Invalid(new FakeValidation.Problem(50035, "Invalid Form Body", new JsonObject { ["type"] = FakeValidation.Error("INTERACTION_RESPONSE_TYPE_INVALID", $"Callback type {type} is not valid for interaction type {interaction.Type}.") }));
            var data = body?["data"];
            if (type == 8)
            {
                if (data?["choices"] is JsonArray { Count: > 25 })
                    return Invalid(new FakeValidation.Problem(50035, "Invalid Form Body", new JsonObject { ["data"] = new JsonObject { ["choices"] = FakeValidation.Error("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.") } }));
                interaction.Choices = data?["choices"]?.DeepClone() as JsonArray ?? [];
            }
            if (type == 9 && FakeValidation.Modal(data) is { } badModal) return Invalid(badModal);
            // In a callback the message's fields sit under "data", and so do their error paths.
            if (type == 4 && FakeValidation.Message(data, files.Count) is { } invalid)
                return Invalid(invalid.Errors.Count == 0 ? invalid : invalid with { Errors = new JsonObject { ["data"] = invalid.Errors } });
            interaction.CallbackAt = DateTimeOffset.UtcNow;
            interaction.Flags = data?["flags"]?.GetValue<int>() ?? 0;
            interaction.Content = type == 4 ? data?["content"]?.GetValue<string>() : null;
            interaction.FileNames = files;
            if (type == 9) interaction.Modal = data!.DeepClone().AsObject();
            if (type == 4) interaction.Message = ResponseMessage(interaction, data);
            // Tests poll CallbackType without the lock: it is set last, so whoever sees it also sees the content.
            interaction.CallbackType = type;
        }
        return Results.NoContent();
    }

    private async Task<IResult> EditOriginalAsync(HttpContext context, string applicationId, string token)
    {
        var (body, files, problem) = await ReadBodyAsync(context);
        if (problem is not null) return problem;
        if (FakeValidation.Message(body, files.Count) is { Code: 50035 } invalid) return Invalid(invalid);
        return WithInteraction(applicationId, token, interaction =>
        {
            interaction.Content = body?["content"]?.GetValue<string>() ?? interaction.Content;
            interaction.Edits++;
            lock (interaction) interaction.Message = ResponseMessage(interaction, body, interaction.Message);
            if (files.Count > 0) interaction.FileNames = files;
            return Results.Json(interaction.Message!.DeepClone());
        });
    }

    private async Task<IResult> FollowupAsync(HttpContext context, string applicationId, string token)
    {
        var (body, files, problem) = await ReadBodyAsync(context);
        if (problem is not null) return problem;
        if (FakeValidation.Message(body, files.Count) is { } invalid) return Invalid(invalid);
        return WithInteraction(applicationId, token, interaction =>
        {
            var message = new JsonObject
            {
                ["id"] = Snowflake.Next(), ["channel_id"] = interaction.ChannelId, ["content"] = body?["content"]?.GetValue<string>(), ["flags"] = body?["flags"]?.GetValue<int>() ?? 0,
                ["author"] = FakeDiscordPayloads.BotUser(options), ["components"] = body?["components"]?.DeepClone() ?? new JsonArray(),
                ["attachments"] = new JsonArray(files.Select(f => (JsonNode)new JsonObject { ["id"] = Snowflake.Next(), ["filename"] = f }).ToArray()),
            };
            lock (interaction) interaction.Followups.Add(message);
            return Results.Json(message);
        });
    }

    /// <summary>The original response as the message Discord would show (and send with a click on one of its buttons); edits keep its id.</summary>
    private JsonObject ResponseMessage(FakeInteraction interaction, JsonNode? data, JsonObject? previous = null) => new()
    {
        ["id"] = previous?["id"]?.DeepClone() ?? Snowflake.Next(),
        ["channel_id"] = interaction.ChannelId,
        ["author"] = FakeDiscordPayloads.BotUser(options),
        ["content"] = interaction.Content ?? "",
        ["flags"] = interaction.Flags,
        ["components"] = data?["components"]?.DeepClone() ?? previous?["components"]?.DeepClone() ?? new JsonArray(),
        ["interaction_metadata"] = new JsonObject { ["id"] = interaction.Id, ["type"] = interaction.Type },
    };

    private IResult WithInteraction(string applicationId, string token, Func<FakeInteraction, IResult> action)
    {
        if (applicationId != options.ApplicationId) return Error(404, 10015, "Unknown Webhook");
        var interaction = _interactions.Values.FirstOrDefault(i => i.Token == token);
        if (interaction is null) return Error(401, 50027, "Invalid Webhook Token");
        if (interaction.CallbackType is null) return Error(404, 10008, "Unknown Message");
        return action(interaction);
    }

    private async Task<IResult> OverwriteCommandsAsync(HttpContext context, string applicationId, string scope)
    {
        if (context.Request.Headers.Authorization.ToString() != "Bot " + options.Token)
            return Results.Json(new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 }, statusCode: 401);
        if (applicationId != options.ApplicationId) return Error(403, 50001, "Missing Access");
        if (Limited(context, "PUT /applications/{application_id}/commands", scope, 10, TimeSpan.FromSeconds(20), false, out var refusal)) return refusal!;
        var (body, _, problem) = await ReadBodyAsync(context);
        if (problem is not null) return problem;
        if (FakeValidation.Commands(body) is { } invalid) return Invalid(invalid);
        var version = Interlocked.Increment(ref _commandVersion).ToString();
        var stored = new JsonArray();
        foreach (var command in ((JsonArray)body!).OfType<JsonObject>())
        {
            var copy = (JsonObject)command.DeepClone();
            copy["id"] = Snowflake.Next();
            copy["application_id"] = applicationId;
            copy["version"] = version;
            copy["type"] ??= 1;
            if (scope != "global") copy["guild_id"] = scope;
            stored.Add(copy);
        }
        _commands[scope] = stored;
        return Results.Json(stored);
    }

    private static async Task<(JsonNode? Body, IReadOnlyList<string> Files, IResult? Problem)> ReadBodyAsync(HttpContext context)
    {
        var record = (RecordedRequest)context.Items[RecordKey]!;
        var contentType = context.Request.ContentType ?? "";
        try
        {
            if (contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                var form = await context.Request.ReadFormAsync();
                var body = JsonNode.Parse(form["payload_json"].ToString());
                var files = form.Files.Select(f => f.FileName).ToList();
                foreach (var (file, i) in form.Files.Select((f, i) => (f, i)))
                    if (file.Name != $"files[{i}]")
                        return (null, [], Error(400, 50035, $"Unexpected form part \"{file.Name}\"; files are named files[0], files[1], …"));
                record.Json = body;
                record.FileNames = files;
                return (body, files, null);
            }
            if (context.Request.ContentLength is 0 or null && !context.Request.Headers.TransferEncoding.Any()) return (null, [], null);
            if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
                return (null, [], Error(400, 50035, "Invalid Form Body"));
            var json = await JsonNode.ParseAsync(context.Request.Body);
            record.Json = json;
            return (json, [], null);
        }
        catch (JsonException)
        {
            return (null, [], Error(400, 50109, "The request body contains invalid JSON."));
        }
    }

    private static IResult Error(int status, int code, string message) =>
        Results.Json(new JsonObject { ["message"] = message, ["code"] = code }, statusCode: status);

    private static IResult Invalid(FakeValidation.Problem problem) =>
        Results.Json(new JsonObject { ["message"] = problem.Message, ["code"] = problem.Code, ["errors"] = problem.Errors }, statusCode: 400);
}

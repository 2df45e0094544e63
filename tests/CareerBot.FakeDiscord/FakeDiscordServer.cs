using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.FakeDiscord;

/// <summary>
/// A loopback stand-in for Discord: gateway WebSocket and the REST routes a bot uses, on 127.0.0.1. Usable in-process
/// from tests (dispatch events, force disconnects, inspect recorded requests) and as a standalone program.
/// </summary>
public sealed class FakeDiscordServer(FakeDiscordOptions? options = null) : IAsyncDisposable
{
    public const string DefaultGuildId = "1200000000000000003";
    public const string DefaultChannelId = "1300000000000000002";
    public const string DefaultUserId = "1100000000000000004";

    private WebApplication? _app;
    private FakeRestApi? _rest;
    private FakeGateway? _gateway;

    public FakeDiscordOptions Options { get; } = options ?? new FakeDiscordOptions();
    public int Port { get; private set; }
    public string RestUrl => $"http://127.0.0.1:{Port}/api/v10";
    public string GatewayBaseUrl => $"ws://127.0.0.1:{Port}";
    public FakeGateway Gateway => _gateway ?? throw new InvalidOperationException("Start the server first.");
    public FakeRestApi Rest => _rest ?? throw new InvalidOperationException("Start the server first.");
    public IReadOnlyList<RecordedRequest> Requests => Rest.Requests;
    public IReadOnlyList<JsonObject> Messages => Rest.Messages;
    /// <summary>Cancelled when the server is asked to stop (Ctrl+C or SIGTERM for the standalone program).</summary>
    public CancellationToken Stopping => _app?.Lifetime.ApplicationStopping ?? throw new InvalidOperationException("Start the server first.");

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, Options.Port));
        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        _gateway = new FakeGateway(Options, () => GatewayBaseUrl);
        _rest = new FakeRestApi(Options, _gateway, new FakeRateLimits(Options), () => GatewayBaseUrl);
        _rest.Map(app);
        app.Map("/gateway", (HttpContext c) => _gateway.HandleAsync(c, "/gateway"));
        app.Map("/resume", (HttpContext c) => _gateway.HandleAsync(c, "/resume"));
        MapControl(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Port = new Uri(address).Port;
        _app = app;
    }

    /// <summary>A member's message in a guild channel (or a DM when <paramref name="guildId"/> is null). Returns the message id.</summary>
    public async Task<string> SendMessageAsync(string content, string? guildId = DefaultGuildId, string channelId = DefaultChannelId,
        string authorId = DefaultUserId, string username = "ana", bool mentionBot = false, IEnumerable<string>? roles = null, string? id = null)
    {
        id ??= Snowflake.Next();
        Rest.RememberChannel(channelId, guildId);
        var mentions = mentionBot ? new[] { FakeDiscordPayloads.BotUser(Options) } : [];
        var text = mentionBot ? $"<@{Options.BotUserId}> {content}" : content;
        var message = FakeDiscordPayloads.Message(id, channelId, guildId, FakeDiscordPayloads.User(authorId, username), text, mentions, roles ?? [FakeDiscordPayloads.MemberRoleId]);
        await Gateway.DispatchAsync("MESSAGE_CREATE", message, guildId);
        return id;
    }

    /// <summary>
    /// A slash command (type 2) or autocomplete (type 4) for a command the bot registered; fails if it did not register it.
    /// <paramref name="permissions"/> is the member's computed permission set (decimal string).
    /// </summary>
    public async Task<FakeInteraction> SendCommandAsync(string name, JsonArray? options = null, string? guildId = DefaultGuildId,
        string channelId = DefaultChannelId, string userId = DefaultUserId, string permissions = FakeDiscordPayloads.MemberPermissions, int type = 2)
    {
        var (interaction, data) = CreateCommand(name, options, guildId, channelId, userId, permissions, type);
        await Gateway.DispatchAsync("INTERACTION_CREATE", data, guildId);
        return interaction;
    }

    /// <summary>An interaction the fake will accept callbacks for, and its payload, without sending it (for the HTTP interactions mode).</summary>
    public (FakeInteraction Interaction, JsonObject Payload) CreateCommand(string name, JsonArray? options = null, string? guildId = DefaultGuildId,
        string channelId = DefaultChannelId, string userId = DefaultUserId, string permissions = FakeDiscordPayloads.MemberPermissions, int type = 2)
    {
        var command = Rest.FindCommand(name, guildId)
            ?? throw new InvalidOperationException($"The bot has not registered /{name} (scopes: {string.Join(", ", Rest.Commands.Keys)}).");
        RequireRegistered(name, command["options"] as JsonArray, options);
        return CreateInteraction(type, name, new JsonObject { ["id"] = command["id"]?.DeepClone(), ["name"] = name, ["type"] = 1, ["options"] = options ?? [] },
            guildId, channelId, userId, permissions);
    }

    /// <summary>Discord's client offers only the options a command registered, so a test cannot send others.</summary>
    private static void RequireRegistered(string path, JsonArray? registered, JsonArray? sent)
    {
        foreach (var option in (sent ?? []).OfType<JsonObject>())
        {
            var name = option["name"]?.GetValue<string>();
            var match = (registered ?? []).OfType<JsonObject>().FirstOrDefault(r => r["name"]?.GetValue<string>() == name)
                ?? throw new InvalidOperationException($"/{path} has no option \"{name}\" (it has: {string.Join(", ", (registered ?? []).Select(r => r?["name"]))}).");
            if (option["options"] is JsonArray nested) RequireRegistered($"{path} {name}", match["options"] as JsonArray, nested);
        }
    }

    /// <summary>
    /// A member clicks the button <paramref name="customId"/> on <paramref name="message"/> (a message the bot sent: from
    /// <see cref="Messages"/>, an interaction's <see cref="FakeInteraction.Message"/> or one of its follow-ups), as a
    /// MESSAGE_COMPONENT interaction (type 3). Fails if the message has no such button, since nobody could click it.
    /// </summary>
    public async Task<FakeInteraction> ClickButtonAsync(JsonObject message, string customId, string? guildId = DefaultGuildId,
        string userId = DefaultUserId, string permissions = FakeDiscordPayloads.MemberPermissions)
    {
        var (interaction, payload) = CreateButtonClick(message, customId, guildId, userId, permissions);
        await Gateway.DispatchAsync("INTERACTION_CREATE", payload, guildId);
        return interaction;
    }

    public (FakeInteraction Interaction, JsonObject Payload) CreateButtonClick(JsonObject message, string customId, string? guildId = DefaultGuildId,
        string userId = DefaultUserId, string permissions = FakeDiscordPayloads.MemberPermissions)
    {
        var buttons = FakeComponents.Buttons(message["components"]).ToList();
        if (!buttons.Contains(customId))
            throw new InvalidOperationException($"Message {message["id"]} has no button \"{customId}\" (it has: {string.Join(", ", buttons)}).");
        var (interaction, payload) = CreateInteraction(3, customId, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 },
            guildId, message["channel_id"]?.GetValue<string>() is { } channel && channel != "0" ? channel : DefaultChannelId, userId, permissions);
        payload["message"] = message.DeepClone();
        return (interaction, payload);
    }

    /// <summary>
    /// A member submits the modal the bot opened in answer to <paramref name="opened"/>, with <paramref name="value"/> typed into
    /// its first text input, as a MODAL_SUBMIT interaction (type 5). Fails where Discord's client would not let the member submit.
    /// </summary>
    public async Task<FakeInteraction> SubmitModalAsync(FakeInteraction opened, string value, string? guildId = DefaultGuildId,
        string userId = DefaultUserId, string permissions = FakeDiscordPayloads.MemberPermissions)
    {
        var (interaction, payload) = CreateModalSubmit(opened, value, guildId, userId, permissions);
        await Gateway.DispatchAsync("INTERACTION_CREATE", payload, guildId);
        return interaction;
    }

    public (FakeInteraction Interaction, JsonObject Payload) CreateModalSubmit(FakeInteraction opened, string value, string? guildId = DefaultGuildId,
        string userId = DefaultUserId, string permissions = FakeDiscordPayloads.MemberPermissions)
    {
        var modal = opened.Modal ?? throw new InvalidOperationException($"Interaction {opened.Id} was not answered with a modal (callback type {opened.CallbackType}).");
        var input = FakeComponents.TextInputs(modal["components"]).FirstOrDefault()
            ?? throw new InvalidOperationException("The modal has no text input.");
        var max = input["max_length"]?.GetValue<int>() ?? 4000;
        var min = input["min_length"]?.GetValue<int>() ?? 0;
        if (value.Length > max || value.Length < min || value.Length == 0 && input["required"]?.GetValue<bool>() != false)
            throw new InvalidOperationException($"Discord's client would not submit {value.Length} characters (min {min}, max {max}).");
        var submitted = new JsonObject
        {
            ["custom_id"] = modal["custom_id"]?.DeepClone(),
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 1, ["id"] = 1,
                ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["id"] = 2, ["custom_id"] = input["custom_id"]?.DeepClone(), ["value"] = value }),
            }),
        };
        return CreateInteraction(5, modal["custom_id"]!.GetValue<string>(), submitted, guildId, opened.ChannelId, userId, permissions);
    }

    private (FakeInteraction Interaction, JsonObject Payload) CreateInteraction(int type, string name, JsonObject data, string? guildId, string channelId,
        string userId, string permissions)
    {
        var id = Snowflake.Next();
        var token = "aW50ZXJhY3Rpb246" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var interaction = Rest.AddInteraction(new FakeInteraction(id, token, type, name, DateTimeOffset.UtcNow) { ChannelId = channelId });
        var user = FakeDiscordPayloads.User(userId, "ana");
        var payload = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = Options.ApplicationId,
            ["type"] = type,
            ["token"] = token,
            ["version"] = 1,
            ["channel_id"] = channelId,
            ["channel"] = new JsonObject { ["id"] = channelId, ["type"] = guildId is null ? 1 : 0 },
            ["app_permissions"] = FakeDiscordPayloads.MemberPermissions,
            ["locale"] = "en-US",
            ["entitlements"] = new JsonArray(),
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = guildId ?? "0" },
            ["context"] = guildId is null ? 1 : 0,
            ["attachment_size_limit"] = 10485760,
            ["data"] = data,
        };
        if (guildId is not null)
        {
            payload["guild_id"] = guildId;
            payload["guild_locale"] = "en-US";
            payload["member"] = new JsonObject
            {
                ["user"] = user, ["roles"] = new JsonArray(FakeDiscordPayloads.MemberRoleId), ["permissions"] = permissions,
                ["joined_at"] = "2025-01-02T03:04:05.000000+00:00", ["deaf"] = false, ["mute"] = false, ["flags"] = 0,
            };
        }
        else payload["user"] = user;
        return (interaction, payload);
    }

    /// <summary>The requests seen so far that match, waiting (polling) until at least <paramref name="count"/> have arrived.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(Func<RecordedRequest, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(() => Requests.Count(match) >= count, timeout, $"{count} matching request(s)");
        return Requests.Where(match).ToList();
    }

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null, string what = "condition")
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(20);
        }
    }

    /// <summary>Control routes for the standalone program and the npm fidelity script.</summary>
    private void MapControl(WebApplication app)
    {
        var control = app.MapGroup("/_fake");
        control.MapPost("/messages", async (HttpContext c) =>
        {
            var body = await JsonNode.ParseAsync(c.Request.Body);
            var id = await SendMessageAsync(body?["content"]?.GetValue<string>() ?? "",
                body?["guild_id"] is { } g ? g.GetValue<string>() : (body?["dm"]?.GetValue<bool>() == true ? null : DefaultGuildId),
                body?["channel_id"]?.GetValue<string>() ?? DefaultChannelId,
                mentionBot: body?["mention_bot"]?.GetValue<bool>() == true);
            return Results.Json(new JsonObject { ["id"] = id });
        });
        control.MapGet("/requests", () => Results.Json(new JsonArray(Requests.Select(r => (JsonNode)new JsonObject
        {
            ["method"] = r.Method, ["path"] = r.Path, ["status"] = r.Status, ["json"] = r.Json?.DeepClone(), ["user_agent"] = r.Header("User-Agent"),
        }).ToArray())));
        control.MapGet("/messages", () => Results.Json(new JsonArray(Messages.Select(m => (JsonNode)m.DeepClone()).ToArray())));
        control.MapGet("/gateway", () => Results.Json(new JsonObject
        {
            ["identifies"] = Gateway.IdentifyCount, ["identifies_rate_limited"] = Gateway.IdentifyRateLimitedCount, ["resumes"] = Gateway.ResumeCount, ["live_connections"] = Gateway.LiveConnections,
            ["heartbeats"] = Gateway.Heartbeats.Count,
        }));
        control.MapPost("/click", async (HttpContext c) =>
        {
            var body = await JsonNode.ParseAsync(c.Request.Body);
            var messageId = body?["message_id"]?.GetValue<string>();
            var message = Messages.FirstOrDefault(m => m["id"]?.GetValue<string>() == messageId)
                ?? Rest.Interactions.Values.SelectMany(i => i.Followups.Append(i.Message ?? [])).FirstOrDefault(m => m["id"]?.GetValue<string>() == messageId);
            if (message is null) return Results.NotFound(new JsonObject { ["message"] = $"No bot message {messageId}" });
            var clicked = await ClickButtonAsync(message, body?["custom_id"]?.GetValue<string>() ?? "");
            return Results.Json(new JsonObject { ["interaction_id"] = clicked.Id });
        });
        control.MapPost("/submit", async (HttpContext c) =>
        {
            var body = await JsonNode.ParseAsync(c.Request.Body);
            if (!Rest.Interactions.TryGetValue(body?["interaction_id"]?.GetValue<string>() ?? "", out var opened))
                return Results.NotFound(new JsonObject { ["message"] = "No such interaction" });
            var submitted = await SubmitModalAsync(opened, body?["value"]?.GetValue<string>() ?? "");
            return Results.Json(new JsonObject { ["interaction_id"] = submitted.Id });
        });
        control.MapGet("/interactions/{id}", (string id) => Rest.Interactions.TryGetValue(id, out var i)
            ? Results.Json(new JsonObject
            {
                ["type"] = i.Type, ["callback_type"] = i.CallbackType, ["content"] = i.Content, ["flags"] = i.Flags, ["modal"] = i.Modal?.DeepClone(),
            })
            : Results.NotFound());
        control.MapPost("/reconnect", () => Gateway.ForceReconnectAsync());
        control.MapPost("/invalidate", (bool resumable) => Gateway.InvalidateSessionsAsync(resumable));
        control.MapPost("/drop", () => Gateway.DropConnections());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        Gateway.DropConnections();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}

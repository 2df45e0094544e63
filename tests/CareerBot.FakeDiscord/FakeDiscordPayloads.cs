using System.Text.Json.Nodes;

namespace CareerBot.FakeDiscord;

/// <summary>Wire objects shaped like Discord's (users, guilds, messages, interactions), with the fields real clients read.</summary>
public static class FakeDiscordPayloads
{
    public const string MemberRoleId = "1250000000000000005";
    public const string ModeratorRoleId = "1250000000000000006";
    /// <summary>@everyone's permissions in the fake guild: view channels, send messages, read history, use application commands.</summary>
    public const string MemberPermissions = "2147552256";

    public static JsonObject BotUser(FakeDiscordOptions options) => new()
    {
        ["id"] = options.BotUserId,
        ["username"] = options.BotUsername,
        ["discriminator"] = "0",
        ["global_name"] = null,
        ["avatar"] = null,
        ["bot"] = true,
        ["verified"] = true,
        ["flags"] = 0,
        ["mfa_enabled"] = false,
    };

    public static JsonObject User(string id, string username) => new()
    {
        ["id"] = id,
        ["username"] = username,
        ["discriminator"] = "0",
        ["global_name"] = username[..1].ToUpperInvariant() + username[1..],
        ["avatar"] = null,
    };

    public static JsonObject Guild(string guildId, FakeDiscordOptions options) => new()
    {
        ["id"] = guildId,
        ["name"] = "CareerBot test guild",
        ["icon"] = null,
        ["owner_id"] = "1100000000000000001",
        ["unavailable"] = false,
        ["member_count"] = 2,
        ["large"] = false,
        ["joined_at"] = "2025-01-02T03:04:05.000000+00:00",
        ["features"] = new JsonArray(),
        ["roles"] = new JsonArray(
            new JsonObject { ["id"] = guildId, ["name"] = "@everyone", ["permissions"] = MemberPermissions, ["position"] = 0, ["color"] = 0, ["hoist"] = false, ["managed"] = false, ["mentionable"] = false, ["flags"] = 0 },
            new JsonObject { ["id"] = ModeratorRoleId, ["name"] = "moderator", ["permissions"] = "32", ["position"] = 1, ["color"] = 0, ["hoist"] = false, ["managed"] = false, ["mentionable"] = false, ["flags"] = 0 }),
        ["channels"] = new JsonArray(new JsonObject { ["id"] = "1300000000000000002", ["type"] = 0, ["name"] = "careers", ["guild_id"] = guildId, ["position"] = 0, ["permission_overwrites"] = new JsonArray() }),
        ["members"] = new JsonArray(new JsonObject { ["user"] = BotUser(options), ["roles"] = new JsonArray(), ["joined_at"] = "2025-01-02T03:04:05.000000+00:00", ["deaf"] = false, ["mute"] = false, ["flags"] = 0 }),
        ["threads"] = new JsonArray(),
        ["emojis"] = new JsonArray(),
        ["stickers"] = new JsonArray(),
        ["presences"] = new JsonArray(),
        ["voice_states"] = new JsonArray(),
        ["stage_instances"] = new JsonArray(),
        ["guild_scheduled_events"] = new JsonArray(),
        ["soundboard_sounds"] = new JsonArray(),
    };

    /// <summary>A MESSAGE_CREATE; <paramref name="guildId"/> null makes it a DM (no member).</summary>
    public static JsonObject Message(string id, string channelId, string? guildId, JsonObject author, string content, IEnumerable<JsonObject> mentions, IEnumerable<string> roles)
    {
        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channelId,
            ["author"] = author,
            ["content"] = content,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz"),
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = new JsonArray(mentions.Select(m => (JsonNode)m).ToArray()),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["pinned"] = false,
            ["type"] = 0,
            ["flags"] = 0,
        };
        if (guildId is not null)
        {
            message["guild_id"] = guildId;
            message["member"] = new JsonObject
            {
                ["roles"] = new JsonArray(roles.Select(r => (JsonNode)r!).ToArray()),
                ["nick"] = null,
                ["joined_at"] = "2025-01-02T03:04:05.000000+00:00",
                ["deaf"] = false,
                ["mute"] = false,
                ["flags"] = 0,
            };
        }
        return message;
    }
}

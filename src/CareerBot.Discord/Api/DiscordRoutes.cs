namespace CareerBot.Discord.Api;

/// <summary>The routes CareerBot calls.</summary>
public static class DiscordRoutes
{
    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "gateway/bot", "gateway/bot");

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "channels/{channel_id}/messages", $"channels/{Escape(channelId)}/messages", channelId);

    public static DiscordRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, "interactions/{interaction_id}/{token}/callback", $"interactions/{Escape(interactionId)}/{Escape(token)}/callback",
            interactionId, ExemptFromGlobal: true, Authorized: false);

    public static DiscordRoute EditOriginalResponse(string applicationId, string token) =>
        new(HttpMethod.Patch, "webhooks/{application_id}/{token}/messages/@original", $"webhooks/{Escape(applicationId)}/{Escape(token)}/messages/@original",
            applicationId + "/" + token, ExemptFromGlobal: true, Authorized: false);

    public static DiscordRoute DeleteOriginalResponse(string applicationId, string token) =>
        new(HttpMethod.Delete, "webhooks/{application_id}/{token}/messages/@original", $"webhooks/{Escape(applicationId)}/{Escape(token)}/messages/@original",
            applicationId + "/" + token, ExemptFromGlobal: true, Authorized: false);

    public static DiscordRoute CreateFollowup(string applicationId, string token) =>
        new(HttpMethod.Post, "webhooks/{application_id}/{token}", $"webhooks/{Escape(applicationId)}/{Escape(token)}",
            applicationId + "/" + token, ExemptFromGlobal: true, Authorized: false);

    public static DiscordRoute BulkOverwriteGlobalCommands(string applicationId) =>
        new(HttpMethod.Put, "applications/{application_id}/commands", $"applications/{Escape(applicationId)}/commands", applicationId);

    public static DiscordRoute BulkOverwriteGuildCommands(string applicationId, string guildId) =>
        new(HttpMethod.Put, "applications/{application_id}/guilds/{guild_id}/commands", $"applications/{Escape(applicationId)}/guilds/{Escape(guildId)}/commands", guildId);

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}

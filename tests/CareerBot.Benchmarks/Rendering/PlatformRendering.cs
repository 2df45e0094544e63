using System.Text.Json;
using CareerBot.Core.Messages;
using CareerBot.Discord.Outbound;
using CareerBot.Discord.Wire;
using CareerBot.Slack.Outbound;
using CareerBot.Slack.Wire;

namespace CareerBot.Benchmarks.Rendering;

/// <summary>What each adapter does to a reply before it goes on the wire: its renderer, then the JSON body's bytes.</summary>
public static class PlatformRendering
{
    private static readonly DiscordMessage Question = new("1300000000000000001", "1300000000000000002", new DiscordUser("1400000000000000003", "member"),
        GuildId: "1200000000000000003");

    /// <returns>Bytes produced, so the work cannot be optimised away.</returns>
    public static int Discord(Reply reply)
    {
        var bytes = 0;
        foreach (var request in DiscordReplySender.TextRequests(reply, Question))
            bytes += JsonSerializer.SerializeToUtf8Bytes(request, DiscordJson.Options).Length;
        return bytes;
    }

    public static int Slack(Reply reply)
    {
        var bytes = 0;
        foreach (var message in SlackReplyRenderer.Render(reply))
            bytes += JsonSerializer.SerializeToUtf8Bytes(message, SlackJson.Options).Length;
        return bytes;
    }
}

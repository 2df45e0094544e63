using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CareerBot.FakeSlack;
using CareerBot.Http;
using CareerBot.Slack;
using CareerBot.Tests;

namespace CareerBot.IntegrationTests.Slack;

/// <summary>The HTTP mode's listener against hostile input: oversized or undeclared bodies, invalid UTF-8, a flood of idle connections.</summary>
public sealed class SlackHttpLimitsTests
{
    private static JsonObject Mention(string channel, string text) => new()
    {
        ["type"] = "app_mention", ["user"] = "UMEMBER09", ["channel"] = channel, ["ts"] = "1700000020.000100",
        ["text"] = "<@UCAREERBOT> " + text,
    };

    [Fact]
    public async Task A_signed_body_over_the_limit_is_refused_with_413_and_not_answered()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake, SlackMode.Http);

        var padding = new string('x', EmbeddedServerLimits.MaxRequestBodyBytes);
        using var response = await fake.PostEventToBotAsync(bot.EventsUrl, Mention("C0BIG", "do I need a PhD? " + padding));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await Task.Delay(300);
        Assert.DoesNotContain(fake.Posts, p => p.Channel == "C0BIG");
    }

    [Fact]
    public async Task A_declared_oversized_body_is_refused_before_it_is_sent()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake, SlackMode.Http);

        var status = await RawHttp.PostHeadersOnlyAsync(bot.HttpBase.Port, "/slack/events", EmbeddedServerLimits.MaxRequestBodyBytes + 1);

        Assert.StartsWith("HTTP/1.1 413", status);
    }

    [Fact]
    public async Task A_signed_body_that_is_not_utf8_gets_400_saying_so()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake, SlackMode.Http);
        var json = Encoding.UTF8.GetBytes("""{"type":"event_callback","event_id":"EvUTF8","event":{"type":"app_mention","user":"U1","channel":"C0UTF","ts":"1.2","text":"PhD? XX"}}""");
        json[json.Length - 5] = 0xC3;
        json[json.Length - 4] = 0x28;
        var form = Encoding.ASCII.GetBytes("command=%2Fask&text=").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.ASCII.GetBytes("&user_id=U1&channel_id=C1&response_url=x")).ToArray();

        using var events = await fake.PostSignedBytesToBotAsync(bot.EventsUrl, json, "application/json");
        using var commands = await fake.PostSignedBytesToBotAsync(bot.CommandsUrl, form, "application/x-www-form-urlencoded");
        // A body of its own: the same bytes in the same second carry the same signature, which the replay window answers 200.
        using var interactivity = await fake.PostSignedBytesToBotAsync(bot.InteractivityUrl, [.. form, .. "&n=2"u8.ToArray()], "application/x-www-form-urlencoded");

        foreach (var response in new[] { events, commands, interactivity })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("not valid UTF-8", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_flood_of_idle_connections_is_capped_and_the_listener_answers_once_it_ends()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake, SlackMode.Http);
        var port = bot.HttpBase.Port;
        var flood = new List<System.Net.Sockets.TcpClient>();
        try
        {
            for (var i = 0; i <= EmbeddedServerLimits.MaxConcurrentConnections; i++) flood.Add(await RawHttp.OpenIdleAsync(port));
            // One connection past the limit is closed at once instead of held (which one depends on the order Kestrel accepts them).
            await Eventually.WaitUntilAsync(() => flood.Any(RawHttp.IsClosedByServer), "a connection past the limit to be closed", timeoutSeconds: 10);
        }
        finally
        {
            foreach (var client in flood) client.Dispose();
        }

        using var after = await Eventually.WaitForAsync(() => TryPost(fake, bot), "the listener to answer after the flood");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        await Eventually.WaitUntilAsync(() => fake.Posts.Any(p => p.Channel == "C0AFTER"), "the answer after the flood");
    }

    private static HttpResponseMessage? TryPost(FakeSlackServer fake, SlackBotHost bot)
    {
        try
        {
            return fake.PostEventToBotAsync(bot.EventsUrl, Mention("C0AFTER", "do I need a PhD?")).GetAwaiter().GetResult();
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}

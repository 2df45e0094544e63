using System.Net;
using System.Text.Json.Nodes;
using CareerBot.Core.Moderation;
using CareerBot.FakeSlack;
using CareerBot.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.IntegrationTests.Slack;

public sealed class SlackHttpModeTests
{
    private static JsonObject Mention(string channel, string ts) => new()
    {
        ["type"] = "app_mention", ["user"] = "UMEMBER05", ["channel"] = channel, ["ts"] = ts,
        ["text"] = "<@UCAREERBOT> do I need a PhD to be an ML engineer?",
    };

    [Fact]
    public async Task Url_verification_is_answered_with_the_challenge()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake, SlackMode.Http);

        using var response = await fake.PostUrlVerificationAsync(bot.EventsUrl, "challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", body!["challenge"]!.GetValue<string>());
    }

    [Fact]
    public async Task Signed_event_is_acknowledged_and_answered_and_a_retry_is_not_answered_again()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake, SlackMode.Http);

        using var first = await fake.PostEventToBotAsync(bot.EventsUrl, Mention("C0HTTP", "1700000010.000100"), eventId: "EvHTTP0001");
        using var retry = await fake.PostEventToBotAsync(bot.EventsUrl, Mention("C0HTTP", "1700000010.000100"), eventId: "EvHTTP0001", retryNum: 1);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var post = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "C0HTTP"), "the answer");
        Assert.Equal("1700000010.000100", post.ThreadTs);
        await Task.Delay(500);
        Assert.Single(fake.Posts, p => p.Channel == "C0HTTP");
    }

    [Theory]
    [InlineData(SignatureTamper.WrongSecret)]
    [InlineData(SignatureTamper.StaleTimestamp)]
    [InlineData(SignatureTamper.FutureTimestamp)]
    [InlineData(SignatureTamper.MissingHeaders)]
    public async Task Unverifiable_requests_get_401_and_no_reply(SignatureTamper tamper)
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake, SlackMode.Http);

        using var ev = await fake.PostEventToBotAsync(bot.EventsUrl, Mention("C0FORGED", "1700000011.000100"), tamper: tamper);
        var (command, responseId) = await fake.PostSlashCommandToBotAsync(bot.CommandsUrl, "/careerbot", "do I need a PhD?", "UMEMBER06", "C0FORGED", tamper);

        Assert.Equal(HttpStatusCode.Unauthorized, ev.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, command.StatusCode);
        command.Dispose();
        // A correctly signed request afterwards is answered, so the silence above is the refusal, not a slow bot.
        using var good = await fake.PostEventToBotAsync(bot.EventsUrl, Mention("C0GOOD", "1700000011.000200"));
        await Eventually.WaitUntilAsync(() => fake.Posts.Any(p => p.Channel == "C0GOOD"), "the answer to the signed request");
        Assert.DoesNotContain(fake.Posts, p => p.Channel == "C0FORGED");
        Assert.DoesNotContain(fake.Responses, r => r.ResponseUrlId == responseId);
    }

    [Fact]
    public async Task Signed_slash_command_is_acknowledged_at_once_and_answered_through_response_url()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake, SlackMode.Http);

        var (response, responseId) = await fake.PostSlashCommandToBotAsync(bot.CommandsUrl, "/ask", "do I need a PhD to be an ML engineer?", "UMEMBER07", "C0GENERAL");

        using (response) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == responseId), "the reply");
        Assert.Equal("in_channel", reply.ResponseType);
        Assert.Contains("PhD", reply.Text + reply.Blocks?.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_replayed_signed_kb_set_is_acknowledged_but_saved_only_once()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake, SlackMode.Http, new Dictionary<string, string?>
        {
            ["Slack:ModeratorUserIds:0"] = "UMODREPLAY",
            ["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "careerbot-replay-" + Guid.NewGuid().ToString("N")),
        });

        var (first, responseId) = await fake.PostSlashCommandToBotAsync(bot.CommandsUrl, "/kb", "set phd-value A PhD helps for research roles; most ML engineering jobs do not need one.", "UMODREPLAY", "C0MODS");
        first.Dispose();
        await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == responseId), "the saved reply");
        using var replay1 = await fake.ReplayLastSignedRequestAsync();
        using var replay2 = await fake.ReplayLastSignedRequestAsync();

        Assert.Equal(HttpStatusCode.OK, replay1.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay2.StatusCode);
        await Task.Delay(500);
        var revisions = await bot.Host.Services.GetRequiredService<IRevisionStore>().HistoryAsync("phd-value", CancellationToken.None);
        Assert.Single(revisions);
        Assert.Single(fake.Responses, r => r.ResponseUrlId == responseId);
    }

    [Fact]
    public async Task Unsigned_ssl_check_is_answered_200_and_does_nothing_while_unsigned_commands_get_401()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake, SlackMode.Http);
        using var http = new HttpClient();

        using var sslCheck = await http.PostAsync(bot.CommandsUrl, new FormUrlEncodedContent([new("ssl_check", "1"), new("token", "legacy")]));
        using var unsigned = await http.PostAsync(bot.CommandsUrl, new FormUrlEncodedContent([
            new("command", "/ask"), new("text", "hi"), new("user_id", "U1"), new("channel_id", "C1"), new("response_url", fake.BaseUrl + "response/R1")]));

        Assert.Equal(HttpStatusCode.OK, sslCheck.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        await Task.Delay(300);
        Assert.Empty(fake.Responses);
    }
}

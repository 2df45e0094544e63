using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CareerBot.FakeDiscord;
using CareerBot.Tests;
using NSec.Cryptography;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>The optional HTTP interactions mode: the test plays Discord, signing requests with an Ed25519 key.</summary>
[Collection(DiscordCollection.Name)]
public sealed class DiscordHttpInteractionsTests : IDisposable
{
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;
    private readonly Key _key = Key.Create(Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
    private readonly HttpClient _http = new();

    private async Task<(DiscordBotHarness Bot, string Url)> StartAsync()
    {
        var url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var bot = await DiscordBotHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Discord:InteractionsPublicKey"] = Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
            ["Discord:InteractionsUrl"] = url,
        });
        await FakeDiscordServer.WaitUntilAsync(() => Answers(url), what: "the endpoint");
        return (bot, url + "/interactions");
    }

    private bool Answers(string url)
    {
        try
        {
            return PostAsync(url, """{"type":1,"id":"1","application_id":"1","token":"t"}""").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private Task<HttpResponseMessage> PostAsync(string url, string body, Key? key = null, string? timestamp = null, Func<string, string>? tamper = null)
    {
        timestamp ??= DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Ed25519.Sign(key ?? _key, Encoding.UTF8.GetBytes(timestamp + body));
        var request = new HttpRequestMessage(HttpMethod.Post, url.EndsWith("/interactions") ? url : url + "/interactions")
        {
            Content = new StringContent(tamper?.Invoke(body) ?? body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return _http.SendAsync(request);
    }

    [Fact]
    public async Task Ping_is_answered_inline_and_bad_signatures_get_401()
    {
        var (bot, url) = await StartAsync();
        await using var _ = bot;
        const string ping = """{"type":1,"id":"1","application_id":"1","token":"t"}""";

        var pong = await PostAsync(url, ping);
        Assert.Equal(HttpStatusCode.OK, pong.StatusCode);
        Assert.Equal(1, JsonNode.Parse(await pong.Content.ReadAsStringAsync())!["type"]!.GetValue<int>());

        using var otherKey = Key.Create(Ed25519);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(url, ping, key: otherKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(url, ping, tamper: b => b.Replace("\"t\"", "\"u\""))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.PostAsync(url, new StringContent(ping, Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task A_signed_command_is_acknowledged_and_answered_through_the_callback_route()
    {
        var (bot, url) = await StartAsync();
        await using var _ = bot;
        var (interaction, payload) = bot.Fake.CreateCommand("ask", new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = "do I need a PhD?" }));

        var response = await PostAsync(url, payload.ToJsonString());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await FakeDiscordServer.WaitUntilAsync(() => interaction.CallbackType is not null, what: "the callback");
        Assert.Equal(4, interaction.CallbackType);
        Assert.Contains("PhD", interaction.Content);
    }

    [Theory]
    [InlineData("1500000000")] // 2017
    [InlineData("-360")] // six minutes ago
    [InlineData("+360")] // six minutes ahead
    [InlineData("soon")]
    public async Task A_signature_whose_timestamp_is_more_than_five_minutes_from_now_gets_401_and_no_answer(string when)
    {
        var (bot, url) = await StartAsync();
        await using var _ = bot;
        var (interaction, payload) = bot.Fake.CreateCommand("ask", new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = "do I need a PhD?" }));
        var timestamp = when[0] is '-' or '+'
            ? (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + long.Parse(when, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : when;

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(url, payload.ToJsonString(), timestamp: timestamp)).StatusCode);
        await Task.Delay(300);
        Assert.Null(interaction.CallbackType);
    }

    [Fact]
    public async Task A_replayed_signed_interaction_is_answered_once()
    {
        var (bot, url) = await StartAsync();
        await using var _ = bot;
        var (interaction, payload) = bot.Fake.CreateCommand("ask", new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = "do I need a PhD?" }));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        await PostAsync(url, payload.ToJsonString(), timestamp: timestamp);
        await FakeDiscordServer.WaitUntilAsync(() => interaction.CallbackType is not null, what: "the callback");
        await PostAsync(url, payload.ToJsonString(), timestamp: timestamp);
        await Task.Delay(500);

        Assert.Single(bot.Fake.Requests, r => r.Method == "POST" && r.Path.Contains($"/interactions/{interaction.Id}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_signed_button_click_on_an_answer_is_recorded_and_thanked_privately()
    {
        var (bot, url) = await StartAsync();
        await using var _ = bot;
        var (ask, payload) = bot.Fake.CreateCommand("ask", new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = "do I need a PhD?" }));
        await PostAsync(url, payload.ToJsonString());
        await FakeDiscordServer.WaitUntilAsync(() => ask.Message is not null, what: "the answer");
        var down = ask.Message!["components"]![0]!["components"]!.AsArray().Select(b => b!["custom_id"]!.GetValue<string>()).Single(id => id.StartsWith("rate:-:", StringComparison.Ordinal));

        var (click, clickPayload) = bot.Fake.CreateButtonClick(ask.Message, down);
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(url, clickPayload.ToJsonString())).StatusCode);

        await FakeDiscordServer.WaitUntilAsync(() => click.CallbackType is not null, what: "the click's callback");
        Assert.Equal((4, 64), (click.CallbackType, click.Flags & 64));
        Assert.StartsWith("Thanks for telling me", click.Content);
    }

    public void Dispose()
    {
        _key.Dispose();
        _http.Dispose();
    }
}

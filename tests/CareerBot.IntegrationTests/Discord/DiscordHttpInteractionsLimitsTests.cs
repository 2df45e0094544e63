using System.Net;
using System.Text;
using CareerBot.FakeDiscord;
using CareerBot.Http;
using CareerBot.Tests;
using NSec.Cryptography;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>The HTTP interactions endpoint reads no more of an unauthenticated body than an interaction can need.</summary>
[Collection(DiscordCollection.Name)]
public sealed class DiscordHttpInteractionsLimitsTests : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly HttpClient _http = new();

    private async Task<(DiscordBotHarness Bot, int Port)> StartAsync()
    {
        var port = LoopbackPort.Free();
        var bot = await DiscordBotHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Discord:InteractionsPublicKey"] = Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
            ["Discord:InteractionsUrl"] = $"http://127.0.0.1:{port}",
        });
        await FakeDiscordServer.WaitUntilAsync(() => Listening(port), what: "the endpoint");
        return (bot, port);
    }

    private bool Listening(int port)
    {
        try
        {
            return _http.PostAsync($"http://127.0.0.1:{port}/interactions", new StringContent("{}")).GetAwaiter().GetResult().StatusCode == HttpStatusCode.Unauthorized;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_instead_of_being_read()
    {
        var (bot, port) = await StartAsync();
        await using var _ = bot;

        var body = new StringContent("{\"type\":2,\"data\":\"" + new string('x', EmbeddedServerLimits.MaxRequestBodyBytes) + "\"}", Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync($"http://127.0.0.1:{port}/interactions", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_declared_28_MB_body_is_refused_before_it_is_sent()
    {
        var (bot, port) = await StartAsync();
        await using var _ = bot;

        Assert.StartsWith("HTTP/1.1 413", await RawHttp.PostHeadersOnlyAsync(port, "/interactions", 28_000_000));
    }

    public void Dispose()
    {
        _key.Dispose();
        _http.Dispose();
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CareerBot.FakeSlack;

/// <summary>HTTP mode: the fake posts signed Events API and slash-command requests to a bot, or spoiled ones on request.</summary>
public sealed partial class FakeSlackServer
{
    private static readonly HttpClient ToBot = new() { Timeout = TimeSpan.FromSeconds(10) };

    public Task<HttpResponseMessage> PostEventToBotAsync(Uri eventsUrl, JsonObject innerEvent, string? eventId = null, SignatureTamper tamper = SignatureTamper.None, int retryNum = 0) =>
        PostSignedAsync(eventsUrl, Encoding.UTF8.GetBytes(EventCallback(innerEvent, eventId ?? NextId("Ev")).ToJsonString()), "application/json", tamper, retryNum);

    public Task<HttpResponseMessage> PostUrlVerificationAsync(Uri eventsUrl, string challenge) =>
        PostSignedAsync(eventsUrl, Encoding.UTF8.GetBytes(new JsonObject { ["token"] = "legacy", ["challenge"] = challenge, ["type"] = "url_verification" }.ToJsonString()), "application/json", SignatureTamper.None, 0);

    /// <returns>The response and the id of the command's response_url.</returns>
    public async Task<(HttpResponseMessage Response, string ResponseUrlId)> PostSlashCommandToBotAsync(
        Uri commandsUrl, string command, string text, string userId, string channelId, SignatureTamper tamper = SignatureTamper.None)
    {
        var responseId = NextId("R");
        var fields = SlashCommandFields(command, text, userId, channelId, responseId).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!.ToString()));
        var body = await new FormUrlEncodedContent(fields).ReadAsByteArrayAsync();
        return (await PostSignedAsync(commandsUrl, body, "application/x-www-form-urlencoded", tamper, 0), responseId);
    }

    private (Uri Url, byte[] Body, string ContentType, string Timestamp, string Signature)? _lastSigned;

    /// <summary>
    /// What an eavesdropper (a logging proxy, a leaked capture) can do: send the last signed request again, byte for byte
    /// with its headers, while its timestamp is still within the replay window.
    /// </summary>
    public async Task<HttpResponseMessage> ReplayLastSignedRequestAsync()
    {
        var (url, body, contentType, timestamp, signature) = _lastSigned ?? throw new InvalidOperationException("No signed request was sent yet.");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return await ToBot.SendAsync(request);
    }

    /// <summary>Signs and posts exactly these bytes, for bodies no JSON or form encoder would produce.</summary>
    public Task<HttpResponseMessage> PostSignedBytesToBotAsync(Uri url, byte[] body, string contentType) =>
        PostSignedAsync(url, body, contentType, SignatureTamper.None, 0);

    private async Task<HttpResponseMessage> PostSignedAsync(Uri url, byte[] body, string contentType, SignatureTamper tamper, int retryNum)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var timestamp = (tamper switch
        {
            SignatureTamper.StaleTimestamp => now - 6 * 60,
            SignatureTamper.FutureTimestamp => now + 6 * 60,
            _ => now,
        }).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var secret = tamper == SignatureTamper.WrongSecret ? "not-" + Options.SigningSecret : Options.SigningSecret;
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        if (tamper != SignatureTamper.MissingHeaders)
        {
            var signature = Signature(secret, timestamp, body);
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            request.Headers.Add("X-Slack-Signature", signature);
            _lastSigned = (url, body, contentType, timestamp, signature);
        }
        if (retryNum > 0)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNum.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        return await ToBot.SendAsync(request);
    }

    private static string Signature(string secret, string timestamp, byte[] body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var basestring = Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(body).ToArray();
        return "v0=" + Convert.ToHexStringLower(hmac.ComputeHash(basestring));
    }
}

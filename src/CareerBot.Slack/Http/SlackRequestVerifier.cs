using System.Security.Cryptography;
using System.Text;
using CareerBot.Adapters.Http;
using CareerBot.Adapters.Inbound;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Http;

/// <summary>
/// Verifies <c>X-Slack-Signature</c>: <c>v0=</c> + hex HMAC-SHA256(signing secret, <c>v0:{timestamp}:{raw body}</c>),
/// over the raw bytes as received, compared in constant time, with a 5-minute replay window in both directions; a valid
/// signature seen again while its timestamp is still fresh is a replay.
/// </summary>
public sealed class SlackRequestVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    private readonly WindowedKeys _seenSignatures = new(SignedTimestamp.RememberFor, time);

    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var check = Verify(options.Value.SigningSecret ?? "", timestamp, signature, body, time.GetUtcNow());
        // The signature covers the timestamp and the body, so it identifies the request.
        return check == SignatureCheck.Valid && !_seenSignatures.TryAdd(signature!) ? SignatureCheck.Replayed : check;
    }

    public static SignatureCheck Verify(string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        // An empty secret would make every signature forgeable: fail closed.
        if (signingSecret.Length == 0 || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)) return SignatureCheck.MissingHeaders;
        if (!SignedTimestamp.TryParse(timestamp, out var seconds)) return SignatureCheck.MalformedTimestamp;
        if (!SignedTimestamp.IsFresh(seconds, now)) return SignatureCheck.OutsideReplayWindow;
        var expected = Encoding.ASCII.GetBytes(Sign(signingSecret, timestamp, body));
        var actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes("v0:" + timestamp + ":");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return "v0=" + Convert.ToHexStringLower(mac);
    }
}

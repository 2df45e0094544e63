using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Http;

/// <summary>
/// Verifies <c>X-Slack-Signature</c>: <c>v0=</c> + hex HMAC-SHA256(signing secret, <c>v0:{timestamp}:{raw body}</c>),
/// over the raw bytes as received, compared in constant time, with a 5-minute replay window in both directions.
/// </summary>
public sealed class SlackRequestVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public static readonly TimeSpan ReplayWindow = TimeSpan.FromMinutes(5);

    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body) =>
        Verify(options.Value.SigningSecret ?? "", timestamp, signature, body, time.GetUtcNow());

    public static SignatureCheck Verify(string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        // An empty secret would make every signature forgeable: fail closed.
        if (signingSecret.Length == 0 || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)) return SignatureCheck.MissingHeaders;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return SignatureCheck.MalformedTimestamp;
        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > ReplayWindow.TotalSeconds) return SignatureCheck.OutsideReplayWindow;
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

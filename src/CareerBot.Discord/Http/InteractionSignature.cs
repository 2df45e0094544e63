using CareerBot.Adapters.Http;
using NSec.Cryptography;

namespace CareerBot.Discord.Http;

/// <summary>
/// Checks <c>X-Signature-Ed25519</c> over <c>X-Signature-Timestamp</c> + the raw body with the application's public key,
/// and that the timestamp is within <see cref="SignedTimestamp.ReplayWindow"/> of now, so an old signed request cannot be
/// replayed. Anything missing, malformed or stale is simply invalid (401), never an error.
/// </summary>
public sealed class InteractionSignature(string publicKeyHex, TimeProvider time)
{
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;
    private readonly PublicKey _key = PublicKey.Import(Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp) || signatureHex.Length != 128 || !signatureHex.All(char.IsAsciiHexDigit))
            return false;
        if (!SignedTimestamp.TryParse(timestamp, out var seconds) || !SignedTimestamp.IsFresh(seconds, time.GetUtcNow())) return false;
        var signed = new byte[System.Text.Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = System.Text.Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(written));
        return Ed25519.Verify(_key, signed, Convert.FromHexString(signatureHex));
    }
}

using System.Security.Cryptography;
using System.Text;
using CareerBot.Core.Messages;

namespace CareerBot.Core.CommunityOffers;

/// <summary>
/// The only trace of a member kept with a shared offer: HMAC-SHA256 of platform and user id under a secret from
/// configuration. Without the secret, the stored keys cannot be matched to user ids (which are guessable).
/// </summary>
public sealed class MemberKeyHasher
{
    private readonly byte[]? _secret;

    private MemberKeyHasher(byte[]? secret, string? unavailable) => (_secret, Unavailable) = (secret, unavailable);

    /// <summary>Why sharing is switched off (no secret configured), or null when it works.</summary>
    public string? Unavailable { get; }

    public static MemberKeyHasher FromSecret(string secret) => new(Encoding.UTF8.GetBytes(secret.Trim()), null);

    public static MemberKeyHasher Missing(string reason) => new(null, reason);

    public string Hash(ChatUser user)
    {
        if (_secret is null) throw new InvalidOperationException(Unavailable);
        // The separator keeps ("ab","c") and ("a","bc") apart.
        var mac = HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(user.Platform + "\u001f" + user.Id));
        return Convert.ToHexStringLower(mac);
    }
}

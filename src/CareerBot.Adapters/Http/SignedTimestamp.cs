using System.Globalization;

namespace CareerBot.Adapters.Http;

/// <summary>
/// The replay rule for signed requests (Discord interactions, Slack requests): the signed Unix timestamp must be within
/// 5 minutes of now, either way, and a request seen once is not accepted again while its timestamp could still pass.
/// </summary>
public static class SignedTimestamp
{
    public static readonly TimeSpan ReplayWindow = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a handled request's id or signature must be remembered: a request signed at t passes from t - 5 min
    /// (a clock ahead) to t + 5 min, so from its first arrival a replay can pass for at most 10 minutes.
    /// </summary>
    public static readonly TimeSpan RememberFor = 2 * ReplayWindow;

    /// <summary>The Unix seconds in <paramref name="timestamp"/>; false when it is not a plain number.</summary>
    public static bool TryParse(string? timestamp, out long seconds) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out seconds);

    public static bool IsFresh(long seconds, DateTimeOffset now) =>
        Math.Abs(now.ToUnixTimeSeconds() - seconds) <= ReplayWindow.TotalSeconds;
}

using System.Globalization;
using System.Net.Http.Headers;

namespace CareerBot.Discord.Api;

/// <summary>The <c>X-RateLimit-*</c> headers of one response. <see cref="ResetAfter"/> is used, not the wall-clock reset, so clock skew does not matter.</summary>
public sealed record RateLimitHeaders(int? Limit, int? Remaining, TimeSpan? ResetAfter, string? Bucket, bool Global, string? Scope)
{
    public bool HasBucketState => Limit is not null && Remaining is not null && ResetAfter is not null;

    public static RateLimitHeaders Read(HttpResponseHeaders headers)
    {
        string? Get(string name) => headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
        int? Int(string name) => int.TryParse(Get(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
        var resetAfter = double.TryParse(Get("X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        return new RateLimitHeaders(Int("X-RateLimit-Limit"), Int("X-RateLimit-Remaining"), resetAfter, Get("X-RateLimit-Bucket"),
            string.Equals(Get("X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase), Get("X-RateLimit-Scope"));
    }
}

using System.Collections.Concurrent;

namespace CareerBot.Discord.Api;

/// <summary>
/// Maps routes to buckets. Before Discord names a route's bucket it is keyed by method + template + top-level id;
/// once <c>X-RateLimit-Bucket</c> is known, by that hash + top-level id, so routes sharing a limit share a bucket.
/// </summary>
public sealed class RateLimitBuckets(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _hashes = new();
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new();

    public RateLimitBucket For(DiscordRoute route) =>
        _buckets.GetOrAdd(_hashes.TryGetValue(route.TemplateKey, out var hash) ? $"{hash}:{route.MajorId}" : route.RouteKey, _ => new RateLimitBucket(time));

    /// <summary>Records a response's headers on the bucket the request went through, and on the named bucket when Discord gave a hash.</summary>
    public void Update(DiscordRoute route, RateLimitBucket usedBucket, RateLimitHeaders headers)
    {
        usedBucket.Update(headers);
        if (headers.Bucket is not { } hash) return;
        _hashes[route.TemplateKey] = hash;
        var named = For(route);
        if (!ReferenceEquals(named, usedBucket)) named.Update(headers);
    }
}

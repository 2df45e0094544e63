using System.Security.Cryptography;
using System.Text;

namespace CareerBot.FakeDiscord;

/// <summary>Fixed-window buckets per route and top-level id, plus a global per-second limit, answering like Discord (429 + retry_after + headers).</summary>
public sealed class FakeRateLimits(FakeDiscordOptions options)
{
    private readonly Dictionary<string, Window> _buckets = [];
    private readonly Queue<DateTimeOffset> _global = new();
    private int _rateLimited;

    public int RateLimitedCount => _rateLimited;

    public sealed record Verdict(bool Allowed, int Limit, int Remaining, double ResetAfter, string Bucket, bool Global, double RetryAfter);

    private sealed class Window
    {
        public DateTimeOffset Start;
        public int Used;
    }

    public Verdict Check(string template, string majorId, int limit, TimeSpan window, bool exemptFromGlobal)
    {
        var now = DateTimeOffset.UtcNow;
        var hash = Hash(template);
        lock (_buckets)
        {
            if (!exemptFromGlobal)
            {
                while (_global.Count > 0 && now - _global.Peek() >= TimeSpan.FromSeconds(1)) _global.Dequeue();
                if (_global.Count >= options.GlobalPerSecond)
                {
                    _rateLimited++;
                    var retry = (_global.Peek() + TimeSpan.FromSeconds(1) - now).TotalSeconds;
                    return new Verdict(false, limit, 0, retry, hash, true, Math.Max(0.001, retry));
                }
            }
            var key = hash + ":" + majorId;
            if (!_buckets.TryGetValue(key, out var bucket) || now - bucket.Start >= window)
                _buckets[key] = bucket = new Window { Start = now };
            var resetAfter = Math.Max(0.001, (bucket.Start + window - now).TotalSeconds);
            if (bucket.Used >= limit)
            {
                _rateLimited++;
                return new Verdict(false, limit, 0, resetAfter, hash, false, resetAfter);
            }
            bucket.Used++;
            if (!exemptFromGlobal) _global.Enqueue(now);
            return new Verdict(true, limit, limit - bucket.Used, resetAfter, hash, false, 0);
        }
    }

    private static string Hash(string template) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(template)))[..16];
}

using Microsoft.Extensions.Logging;

namespace CareerBot.Http;

/// <summary>
/// Logs requests refused as unverified (forged or stale signatures) as at most one line per minute with a count, so a
/// flood of forgeries cannot flood the log. The first refusal is logged at once; later ones are counted and summed up by
/// the next line a minute or more later.
/// </summary>
public sealed class RefusedRequestLog(ILogger logger, TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private DateTimeOffset? _lastLine;
    private int _count;

    public void Refused(string path, string reason)
    {
        int count;
        lock (_gate)
        {
            _count++;
            var now = time.GetUtcNow();
            if (_lastLine is { } last && now - last < Interval) return;
            count = _count;
            _count = 0;
            _lastLine = now;
        }
        logger.LogWarning("Refused {Count} unverified request(s) since the last such line (at most one a minute); the latest to {Path}: {Reason}", count, path, reason);
    }
}

using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CareerBot.Http;

/// <summary>
/// Limits every embedded Kestrel listener applies, so that unauthenticated strangers cannot hold memory, sockets or threads:
/// bodies are capped before they are read, headers and bodies must arrive at a reasonable pace, and idle or excess
/// connections are closed.
/// </summary>
public static class EmbeddedServerLimits
{
    /// <summary>Discord's and Slack's payloads are a few kilobytes; a few hundred is far more than any of them needs.</summary>
    public const int MaxRequestBodyBytes = 256 * 1024;

    /// <summary>Connections served at once; beyond this Kestrel closes new ones at once instead of holding them.</summary>
    public const int MaxConcurrentConnections = 512;

    /// <summary>A request's headers must be complete this long after its first byte.</summary>
    public static readonly TimeSpan RequestHeadersTimeout = TimeSpan.FromSeconds(10);

    /// <summary>An idle connection (no request in progress) is closed after this.</summary>
    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A whole body must be read within this (on top of Kestrel's minimum data rate).</summary>
    public static readonly TimeSpan BodyReadTimeout = TimeSpan.FromSeconds(10);

    public static void Apply(KestrelServerOptions kestrel)
    {
        kestrel.AddServerHeader = false;
        var limits = kestrel.Limits;
        limits.MaxRequestBodySize = MaxRequestBodyBytes;
        limits.MaxConcurrentConnections = MaxConcurrentConnections;
        limits.MaxConcurrentUpgradedConnections = 0;
        limits.RequestHeadersTimeout = RequestHeadersTimeout;
        limits.KeepAliveTimeout = KeepAliveTimeout;
        limits.MaxRequestHeadersTotalSize = 32 * 1024;
        limits.MaxRequestHeaderCount = 64;
        // Kestrel's own default, stated so that a slow-drip body is cut off: at least 240 bytes/s after a 5 s grace.
        limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
    }
}

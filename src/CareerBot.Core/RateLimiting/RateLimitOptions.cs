using System.ComponentModel.DataAnnotations;

namespace CareerBot.Core.RateLimiting;

/// <summary>Bound from the "RateLimit" section: how fast one member, and one channel, may ask.</summary>
public sealed record RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>Questions a member may ask in a burst.</summary>
    [Range(1, 10_000)]
    public int UserBurst { get; init; } = 5;

    /// <summary>After a burst, one more question per this interval.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan UserInterval { get; init; } = TimeSpan.FromSeconds(3);

    [Range(1, 100_000)]
    public int ChannelBurst { get; init; } = 20;

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ChannelInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Platforms not limited: the console is one trusted person and `ask --json` batches run many lines.</summary>
    public IReadOnlyList<string> ExemptPlatforms { get; init; } = ["console"];
}

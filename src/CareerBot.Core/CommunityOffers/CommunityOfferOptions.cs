namespace CareerBot.Core.CommunityOffers;

/// <summary>Bound from the "CommunityOffers" section; checked at start by <see cref="CommunityOfferOptionsValidator"/>.</summary>
public sealed record CommunityOfferOptions
{
    public const string Section = "CommunityOffers";
    /// <summary>k-anonymity: no cell is ever shown with fewer approved offers than this, whatever is configured.</summary>
    public const int FloorMinimumCount = 5;
    public const int MinSecretLength = 32;

    /// <summary>Key of the HMAC over platform + user id. Env: CommunityOffers__HashSecret. Unset: see docs/community-offers.md.</summary>
    public string? HashSecret { get; init; }

    /// <summary>One share per member within this many days.</summary>
    public int ShareWindowDays { get; init; } = 90;

    /// <summary>Shared offers older than this are deleted.</summary>
    public int RetentionDays { get; init; } = 730;

    /// <summary>Approved offers a cell needs before any figure of it is shown (never below <see cref="FloorMinimumCount"/>).</summary>
    public int MinimumCount { get; init; } = FloorMinimumCount;

    /// <summary>Approved offers a cell needs before its 25th–75th percentile is shown.</summary>
    public int PercentileMinimumCount { get; init; } = 10;

    /// <summary>Only offers shared within this many days count in the figures.</summary>
    public int LookbackDays { get; init; } = 365;
}

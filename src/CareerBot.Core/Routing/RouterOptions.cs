using System.ComponentModel.DataAnnotations;

namespace CareerBot.Core.Routing;

/// <summary>Bound from the "Router" section of appsettings.json.</summary>
public sealed record RouterOptions
{
    public const string Section = "Router";

    /// <summary>Below this confidence the bot declines and suggests topics.</summary>
    [Range(0.0, 1.0)]
    public double DeclineThreshold { get; init; } = 0.30;

    /// <summary>When the runner-up is within this margin of a declined best guess, both are offered as "did you mean".</summary>
    [Range(0.0, 1.0)]
    public double SuggestionMargin { get; init; } = 0.10;

    /// <summary>Weight of word features against character n-grams in the blended similarity.</summary>
    [Range(0.0, 1.0)]
    public double WordWeight { get; init; } = 0.3;

    /// <summary>Weight of the best single phrase against the intent's centroid (all its phrases together).</summary>
    [Range(0.0, 1.0)]
    public double NeighbourWeight { get; init; } = 0.5;

    /// <summary>IDF of words never seen in training, relative to the rarest seen word: above 1, off-topic words pull confidence down harder.</summary>
    [Range(0.5, 5.0)]
    public double UnknownFeatureWeight { get; init; } = 1.0;
}

namespace CareerBot.Core.Recognition;

/// <summary>Something recognized in a message.</summary>
/// <param name="Text">The span exactly as written.</param>
/// <param name="Start">Start index in the message.</param>
/// <param name="End">End index (exclusive).</param>
/// <param name="Value">Resolved number (low end of a range); null for levels, places and specializations.</param>
/// <param name="Unit">USD, EUR, GBP, %, year, month; null when not applicable.</param>
/// <param name="Canonical">Normalised name for levels, places, specializations and named vesting schedules (e.g. "senior", "seattle").</param>
public sealed record Entity(EntityType Type, string Text, int Start, int End, decimal? Value = null, string? Unit = null, string? Canonical = null)
{
    /// <summary>High end of a range such as 200-230k.</summary>
    public decimal? Max { get; init; }
    /// <summary>Vesting percentages per year, in order, for a schedule such as 5/15/40/40.</summary>
    public IReadOnlyList<decimal>? Schedule { get; init; }
}

namespace CareerBot.Core.Recognition;

/// <summary>Finds money, percentages, durations, vesting schedules, levels, places and specializations in chat text.</summary>
public interface IEntityRecognizer
{
    /// <summary>Entities ordered by <see cref="Entity.Start"/>, never overlapping.</summary>
    IReadOnlyList<Entity> Recognize(string text);
}

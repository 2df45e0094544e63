namespace CareerBot.Soak;

/// <summary>How long and how hard to soak the bot.</summary>
/// <param name="Duration">Length of the measured traffic.</param>
/// <param name="MessagesPerSecond">All platforms together: 40% Discord mentions, 10% Discord slash commands, 40% Slack mentions, 10% Slack slash commands.</param>
/// <param name="DisruptEvery">How often Discord asks the bot to reconnect and Slack refreshes its socket.</param>
public sealed record SoakOptions(TimeSpan Duration, double MessagesPerSecond = 20, TimeSpan? DisruptEvery = null)
{
    public TimeSpan Disruption => DisruptEvery ?? TimeSpan.FromSeconds(60);

    /// <summary>How often the bot's memory and CPU are sampled (each sample induces a full GC in the bot).</summary>
    public TimeSpan SampleEvery { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long after the last message the bot has to answer everything.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(30);
}

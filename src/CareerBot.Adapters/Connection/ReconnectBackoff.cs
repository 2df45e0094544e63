namespace CareerBot.Adapters.Connection;

/// <summary>
/// Exponential back-off with jitter, so many bots (or sockets, or shards) that dropped together do not reconnect together:
/// the Discord gateway and Slack Socket Mode both reconnect by it.
/// </summary>
public sealed record ReconnectBackoff(TimeSpan Initial, TimeSpan Max)
{
    public static readonly ReconnectBackoff Default = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

    /// <param name="attempt">0 for the first retry.</param>
    /// <param name="jitter">A number in [0, 1); the delay is between half and all of the exponential step.</param>
    public TimeSpan Delay(int attempt, double jitter)
    {
        var step = Initial.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(step, Max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + jitter / 2));
    }
}

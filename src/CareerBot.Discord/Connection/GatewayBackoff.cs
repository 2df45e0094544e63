namespace CareerBot.Discord.Connection;

/// <summary>Exponential back-off with jitter: attempt 0 waits up to the base, then base·2ⁿ (half to full, randomly), capped.</summary>
public static class GatewayBackoff
{
    public static TimeSpan Delay(int attempt, GatewayTimings timings, Random random)
    {
        if (attempt <= 0) return timings.BackoffBase * random.NextDouble();
        var exponential = timings.BackoffBase * Math.Pow(2, Math.Min(attempt, 16));
        var capped = exponential < timings.BackoffCap ? exponential : timings.BackoffCap;
        return capped * (0.5 + random.NextDouble() / 2);
    }
}

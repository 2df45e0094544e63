namespace CareerBot.Discord.Api;

/// <summary>Durations in <see cref="TimeProvider.GetTimestamp"/> units, for the rate limits' deadline arithmetic.</summary>
internal static class TimestampTicks
{
    public static long Ticks(this TimeProvider time, TimeSpan span) => (long)(span.TotalSeconds * time.TimestampFrequency);
}

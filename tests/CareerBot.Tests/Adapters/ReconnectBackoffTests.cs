using CareerBot.Adapters.Connection;

namespace CareerBot.Tests.Adapters;

public sealed class ReconnectBackoffTests
{
    private static readonly ReconnectBackoff Backoff = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

    [Theory]
    [InlineData(0, 0.0, 500)]
    [InlineData(0, 0.999, 999.5)]
    [InlineData(3, 0.0, 4000)]
    [InlineData(3, 0.999, 7996)]
    [InlineData(20, 0.0, 30_000)]
    [InlineData(1000, 0.999, 59_970)]
    public void Doubles_per_attempt_with_jitter_and_a_cap(int attempt, double jitter, double expectedMs) =>
        Assert.Equal(expectedMs, Backoff.Delay(attempt, jitter).TotalMilliseconds, precision: 0);
}

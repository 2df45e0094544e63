using CareerBot.Slack;
using CareerBot.Slack.Inbound;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Slack;

public sealed class SlackDeliveryDeduplicatorTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private SlackDeliveryDeduplicator Create() =>
        new(Options.Create(new SlackOptions { DeduplicationWindow = TimeSpan.FromMinutes(10) }), _clock);

    [Fact]
    public void A_key_is_new_once_then_a_duplicate_within_the_window()
    {
        var dedup = Create();
        Assert.True(dedup.IsFirstDelivery("event:Ev1"));
        _clock.Now += TimeSpan.FromMinutes(9);
        Assert.False(dedup.IsFirstDelivery("event:Ev1"));
        Assert.True(dedup.IsFirstDelivery("event:Ev2"));
    }

    [Fact]
    public void A_key_is_forgotten_after_the_window()
    {
        var dedup = Create();
        Assert.True(dedup.IsFirstDelivery("event:Ev1"));
        _clock.Now += TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1);
        Assert.True(dedup.IsFirstDelivery("event:Ev1"));
    }
}

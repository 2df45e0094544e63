using CareerBot.Adapters.Inbound;
using CareerBot.Discord.Inbound;
using CareerBot.Tests.Slack;

namespace CareerBot.Tests.Adapters;

public class WindowedKeysTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_key_is_new_once_then_a_repeat_until_the_window_has_passed()
    {
        var keys = new WindowedKeys(TimeSpan.FromMinutes(10), _clock);
        Assert.True(keys.TryAdd("a"));
        _clock.Now += TimeSpan.FromMinutes(9);
        Assert.False(keys.TryAdd("a"));
        _clock.Now += TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1);
        Assert.True(keys.TryAdd("a"));
    }

    [Fact]
    public void A_flood_of_new_keys_does_not_push_a_recent_one_out()
    {
        var keys = new WindowedKeys(TimeSpan.FromMinutes(10), _clock);
        Assert.True(keys.TryAdd("replayed"));
        for (var i = 0; i < 150_000; i++) keys.TryAdd("flood" + i);
        Assert.False(keys.TryAdd("replayed"));
    }

    [Fact]
    public void Keys_older_than_the_window_are_dropped_from_memory()
    {
        var keys = new WindowedKeys(TimeSpan.FromMinutes(10), _clock);
        for (var i = 0; i < 1000; i++) keys.TryAdd("old" + i);
        _clock.Now += TimeSpan.FromMinutes(11);
        keys.TryAdd("new");
        Assert.Equal(1, keys.Count);
    }

    [Fact]
    public void Discord_remembers_an_interaction_id_for_the_whole_replay_window_however_many_events_arrive()
    {
        var processed = new ProcessedEvents(_clock);
        Assert.True(processed.TryClaim("interaction:1"));
        for (var i = 0; i < 20_000; i++) processed.TryClaim("message:" + i);
        _clock.Now += TimeSpan.FromMinutes(9);
        Assert.False(processed.TryClaim("interaction:1"));
    }
}

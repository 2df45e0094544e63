using CareerBot.Core.Pipeline;

namespace CareerBot.Tests.Pipeline;

public class RecentKeysTests
{
    [Fact]
    public void A_key_counts_once_until_it_is_forgotten_or_pushed_out_by_newer_ones()
    {
        var keys = new RecentKeys(capacity: 2);

        Assert.True(keys.TryAdd("a"));
        Assert.False(keys.TryAdd("a"));
        keys.Remove("a");
        Assert.True(keys.TryAdd("a"));
        Assert.True(keys.TryAdd("b"));
        Assert.True(keys.TryAdd("c")); // over capacity: the oldest ("a") goes
        Assert.True(keys.TryAdd("a"));
        Assert.False(keys.TryAdd("c"));
    }
}

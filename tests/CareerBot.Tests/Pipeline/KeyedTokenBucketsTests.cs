using CareerBot.Core.RateLimiting;

namespace CareerBot.Tests.Pipeline;

public class KeyedTokenBucketsTests
{
    [Fact]
    public void Each_key_has_its_own_burst()
    {
        var buckets = new KeyedTokenBuckets(burst: 2, TimeSpan.FromHours(1));

        Assert.Equal([true, true, false], Enumerable.Range(0, 3).Select(_ => buckets.TryAcquire("flooder")));
        Assert.True(buckets.TryAcquire("someone else"));
    }

    [Fact]
    public async Task An_empty_bucket_refills_with_the_time_that_passed_without_any_timer()
    {
        var buckets = new KeyedTokenBuckets(burst: 1, TimeSpan.FromMilliseconds(50));
        Assert.True(buckets.TryAcquire("member"));

        await Task.Delay(TimeSpan.FromMilliseconds(300));

        Assert.True(buckets.TryAcquire("member"));
    }

    [Fact]
    public async Task Refilled_buckets_are_forgotten_once_there_are_many()
    {
        var buckets = new KeyedTokenBuckets(burst: 1, TimeSpan.FromMilliseconds(1), pruneAbove: 10);
        for (var i = 0; i < 30; i++) Assert.True(buckets.TryAcquire($"early {i}"));
        await Task.Delay(TimeSpan.FromMilliseconds(100)); // the early members' buckets are full again

        for (var i = 0; i < 100; i++) Assert.True(buckets.TryAcquire($"late {i}"));

        // Without forgetting, 130 buckets; the prunes the late members triggered dropped at least the 30 refilled early ones.
        Assert.InRange(buckets.Count, 1, 100);
    }

    [Fact]
    public void Empty_buckets_are_kept_however_many_there_are()
    {
        var buckets = new KeyedTokenBuckets(burst: 1, TimeSpan.FromHours(1), pruneAbove: 10);
        var members = Enumerable.Range(0, 30).Select(i => $"member {i}").ToList();
        foreach (var member in members) Assert.True(buckets.TryAcquire(member));

        Assert.Equal(30, buckets.Count);
        Assert.All(members, member => Assert.False(buckets.TryAcquire(member)));
    }

    [Fact]
    public async Task Waiting_for_an_empty_bucket_takes_as_long_as_the_refill()
    {
        var buckets = new KeyedTokenBuckets(burst: 1, TimeSpan.FromMilliseconds(100));
        Assert.True(buckets.TryAcquire("channel"));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        await buckets.WaitAsync("channel", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        await buckets.WaitAsync("channel", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        // Two more tokens at one per 100 ms cannot come sooner than about 200 ms (a little slack for timer rounding).
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(180));
        Assert.False(buckets.TryAcquire("channel"));
    }
}

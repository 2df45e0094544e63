using CareerBot.Discord.Api;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Tests.Discord;

public class RateLimitBucketTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new();

    private static RateLimitHeaders Headers(int limit, int remaining, double resetAfterSeconds, string? bucket = null) =>
        new(limit, remaining, TimeSpan.FromSeconds(resetAfterSeconds), bucket, false, null);

    private static async Task AssertPendingAsync(Task task)
    {
        await Task.Delay(50);
        Assert.False(task.IsCompleted, "the request went out although the bucket is empty");
    }

    [Fact]
    public async Task An_unknown_bucket_lets_one_request_probe_until_the_first_response()
    {
        var bucket = new RateLimitBucket(_time);
        await bucket.AcquireAsync(CancellationToken.None).WaitAsync(Wait);
        var second = bucket.AcquireAsync(CancellationToken.None);
        await AssertPendingAsync(second);

        bucket.Update(Headers(5, 4, 5));
        await second.WaitAsync(Wait);
        Assert.Equal(3, bucket.Remaining);
    }

    [Fact]
    public async Task Nothing_is_sent_into_an_empty_bucket_until_it_resets()
    {
        var bucket = new RateLimitBucket(_time);
        await bucket.AcquireAsync(CancellationToken.None);
        bucket.Update(Headers(2, 0, 1));

        var next = bucket.AcquireAsync(CancellationToken.None);
        await AssertPendingAsync(next);
        _time.Advance(TimeSpan.FromMilliseconds(900));
        await AssertPendingAsync(next);
        _time.Advance(TimeSpan.FromMilliseconds(200));
        await next.WaitAsync(Wait);
    }

    [Fact]
    public async Task A_429_parks_the_bucket_for_retry_after()
    {
        var bucket = new RateLimitBucket(_time);
        await bucket.AcquireAsync(CancellationToken.None);
        bucket.Update(Headers(10, 9, 10));
        bucket.Park(TimeSpan.FromSeconds(3));

        var next = bucket.AcquireAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2));
        await AssertPendingAsync(next);
        _time.Advance(TimeSpan.FromSeconds(1.1));
        await next.WaitAsync(Wait);
    }

    [Fact]
    public async Task Out_of_order_responses_in_one_window_never_raise_remaining()
    {
        var bucket = new RateLimitBucket(_time);
        await bucket.AcquireAsync(CancellationToken.None);
        bucket.Update(Headers(5, 1, 2));
        bucket.Update(Headers(5, 3, 1.95));
        Assert.Equal(1, bucket.Remaining);
    }

    [Fact]
    public async Task A_route_without_rate_limit_headers_is_not_limited()
    {
        var bucket = new RateLimitBucket(_time);
        await bucket.AcquireAsync(CancellationToken.None);
        bucket.Update(new RateLimitHeaders(null, null, null, null, false, null));
        for (var i = 0; i < 100; i++) await bucket.AcquireAsync(CancellationToken.None).WaitAsync(Wait);
    }

    [Fact]
    public void Routes_are_keyed_by_top_level_id_until_discord_names_a_shared_bucket()
    {
        var buckets = new RateLimitBuckets(_time);
        var a = DiscordRoutes.CreateMessage("1");
        var b = DiscordRoutes.CreateMessage("2");
        Assert.NotSame(buckets.For(a), buckets.For(b));
        Assert.Same(buckets.For(a), buckets.For(a));

        buckets.Update(a, buckets.For(a), Headers(5, 4, 5, bucket: "abc"));
        var named = buckets.For(a);
        Assert.Equal(4, named.Remaining);
        Assert.NotSame(named, buckets.For(b));
    }

    [Fact]
    public void Interaction_and_webhook_routes_are_exempt_from_the_global_limit_and_carry_no_bot_token()
    {
        Assert.True(DiscordRoutes.InteractionCallback("1", "t").ExemptFromGlobal);
        Assert.False(DiscordRoutes.InteractionCallback("1", "t").Authorized);
        Assert.True(DiscordRoutes.EditOriginalResponse("1", "t").ExemptFromGlobal);
        Assert.False(DiscordRoutes.CreateMessage("1").ExemptFromGlobal);
        Assert.Equal("channels/1/messages", DiscordRoutes.CreateMessage("1").Path);
    }
}

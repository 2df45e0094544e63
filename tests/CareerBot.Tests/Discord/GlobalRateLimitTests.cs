using CareerBot.Discord.Api;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Tests.Discord;

public class GlobalRateLimitTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static readonly DiscordRoute Message = DiscordRoutes.CreateMessage("1300000000000000002");
    private readonly FakeTimeProvider _time = new();

    private async Task<List<IDisposable>> TakeAsync(GlobalRateLimit limit, int count)
    {
        var slots = new List<IDisposable>();
        for (var i = 0; i < count; i++) slots.Add((await limit.AcquireAsync(Message, CancellationToken.None).WaitAsync(Wait))!);
        return slots;
    }

    /// <summary>All 50 slots taken; then the first is answered, and one more after each gap (in ms).</summary>
    private async Task<GlobalRateLimit> FullWithAnswersAsync(params int[] gapsMs)
    {
        var limit = new GlobalRateLimit(_time);
        var slots = await TakeAsync(limit, GlobalRateLimit.RequestsPerSecond);
        slots[0].Dispose();
        for (var i = 0; i < gapsMs.Length; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(gapsMs[i]));
            slots[i + 1].Dispose();
        }
        return limit;
    }

    private static async Task AssertPendingAsync(Task task)
    {
        await Task.Delay(50);
        Assert.False(task.IsCompleted, "a 51st request went out within the second");
    }

    [Fact]
    public async Task Fifty_go_at_once_and_the_next_waits_a_second_after_the_first_response()
    {
        var limit = new GlobalRateLimit(_time);
        var slots = await TakeAsync(limit, GlobalRateLimit.RequestsPerSecond);
        _time.Advance(TimeSpan.FromMilliseconds(30));
        slots[0].Dispose();

        var next = limit.AcquireAsync(Message, CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(990));
        await AssertPendingAsync(next);
        _time.Advance(TimeSpan.FromMilliseconds(20));
        Assert.NotNull(await next.WaitAsync(Wait));
    }

    [Fact]
    public async Task Requests_still_in_flight_hold_their_slots_however_long_they_take()
    {
        var limit = new GlobalRateLimit(_time);
        await TakeAsync(limit, GlobalRateLimit.RequestsPerSecond);

        var next = limit.AcquireAsync(Message, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(5));
        await AssertPendingAsync(next);
    }

    [Fact]
    public async Task Interaction_callbacks_are_exempt()
    {
        var limit = new GlobalRateLimit(_time);
        await TakeAsync(limit, GlobalRateLimit.RequestsPerSecond);

        Assert.Null(await limit.AcquireAsync(DiscordRoutes.InteractionCallback("1", "token"), CancellationToken.None).WaitAsync(Wait));
    }

    [Fact]
    public async Task Waiters_go_out_together_in_order_once_there_are_slots_for_all_of_them()
    {
        var limit = await FullWithAnswersAsync(10, 10);
        var waiters = Enumerable.Range(0, 4).Select(_ => limit.AcquireAsync(Message, CancellationToken.None)).ToList();

        // The first slot is free at 1,000 ms, the third at 1,020 ms: the first three waiters go then, together.
        _time.Advance(TimeSpan.FromMilliseconds(980) + GlobalRateLimit.Grain);
        await AssertPendingAsync(waiters[0]);
        _time.Advance(TimeSpan.FromMilliseconds(20));
        foreach (var granted in waiters.Take(3)) Assert.NotNull(await granted.WaitAsync(Wait));
        await AssertPendingAsync(waiters[3]);
    }

    [Fact]
    public async Task A_batch_waits_at_most_MaxBatchWait_after_the_first_slot_frees()
    {
        var limit = await FullWithAnswersAsync(300);
        var first = limit.AcquireAsync(Message, CancellationToken.None);
        var second = limit.AcquireAsync(Message, CancellationToken.None);

        _time.Advance(TimeSpan.FromMilliseconds(700) + GlobalRateLimit.MaxBatchWait);
        await AssertPendingAsync(first);
        _time.Advance(GlobalRateLimit.Grain);
        Assert.NotNull(await first.WaitAsync(Wait));
        await AssertPendingAsync(second);
        _time.Advance(TimeSpan.FromMilliseconds(300) - GlobalRateLimit.MaxBatchWait);
        Assert.NotNull(await second.WaitAsync(Wait));
    }

    [Fact]
    public async Task A_cancelled_waiter_leaves_its_turn_to_the_next()
    {
        var limit = new GlobalRateLimit(_time);
        var slots = await TakeAsync(limit, GlobalRateLimit.RequestsPerSecond);
        slots[0].Dispose();
        using var cancel = new CancellationTokenSource();
        var cancelled = limit.AcquireAsync(Message, cancel.Token);
        var next = limit.AcquireAsync(Message, CancellationToken.None);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);

        _time.Advance(TimeSpan.FromSeconds(1) + GlobalRateLimit.Grain);
        Assert.NotNull(await next.WaitAsync(Wait));
    }

    [Fact]
    public async Task After_a_global_429_nothing_goes_out_until_retry_after_has_passed()
    {
        var limit = new GlobalRateLimit(_time);
        limit.Park(TimeSpan.FromSeconds(2));
        var next = limit.AcquireAsync(Message, CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(1990));
        await AssertPendingAsync(next);
        _time.Advance(TimeSpan.FromMilliseconds(10) + GlobalRateLimit.Grain);
        Assert.NotNull(await next.WaitAsync(Wait));
    }
}

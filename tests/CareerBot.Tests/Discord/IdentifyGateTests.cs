using System.Collections.Concurrent;
using CareerBot.Core.Fleet;
using CareerBot.Discord.Connection;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Tests.Discord;

/// <summary>The IDENTIFY gate with turns shared by a fleet of processes: bucket keys, holding the turn across Discord's window, giving it back.</summary>
public sealed class IdentifyGateTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Turns held by "processes" in memory; each take records when its turn comes back.</summary>
    private sealed class RecordingTurns : ISharedTurns
    {
        private readonly ConcurrentDictionary<int, SemaphoreSlim> _turns = new();
        private readonly ConcurrentDictionary<int, TaskCompletionSource> _givenBack = new();
        public ConcurrentQueue<int> Taken { get; } = new();

        public async Task<IAsyncDisposable> TakeAsync(int key, CancellationToken cancellationToken)
        {
            var turn = _turns.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
            await turn.WaitAsync(cancellationToken);
            Taken.Enqueue(key);
            var givenBack = _givenBack[key] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return new Held(() =>
            {
                turn.Release();
                givenBack.TrySetResult();
            });
        }

        public bool IsHeld(int key) => _turns.TryGetValue(key, out var turn) && turn.CurrentCount == 0;

        public Task GivenBack(int key) => _givenBack[key].Task;

        private sealed class Held(Action release) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                release();
                return ValueTask.CompletedTask;
            }
        }
    }

    private readonly FakeTimeProvider _time = new();
    private readonly RecordingTurns _turns = new();
    private readonly IdentifyGate _gate;

    public IdentifyGateTests()
    {
        _gate = new IdentifyGate(GatewayTimings.Discord, _time, NullLogger<IdentifyGate>.Instance, _turns);
        _gate.Update(new SessionStartLimit(1000, 1000, 86_400_000, MaxConcurrency: 2));
    }

    [Fact]
    public async Task A_shard_waits_while_another_process_holds_its_bucket()
    {
        // Shard 3 with max_concurrency 2 is in bucket 1.
        var otherProcess = await _turns.TakeAsync(1, CancellationToken.None);
        var waiting = _gate.WaitForTurnAsync(3, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        await otherProcess.DisposeAsync();
        await using (await waiting.WaitAsync(Patience))
            Assert.True(_turns.IsHeld(1));
        Assert.Equal([1, 1], _turns.Taken);
    }

    [Fact]
    public async Task The_turn_is_held_for_the_window_and_margin_after_the_identify_then_given_back()
    {
        await using (await _gate.WaitForTurnAsync(2, CancellationToken.None))
        {
            // IDENTIFY is being sent: a long send must not eat into the window.
            _time.Advance(TimeSpan.FromSeconds(3));
        }
        // Discord's 5 s window and the 1 s margin, from the IDENTIFY on.
        _time.Advance(TimeSpan.FromSeconds(5.9));
        Assert.True(_turns.IsHeld(0));
        Assert.False(_turns.GivenBack(0).IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.1));
        await _turns.GivenBack(0).WaitAsync(Patience);
        Assert.False(_turns.IsHeld(0));
    }

    [Fact]
    public async Task Shards_in_other_buckets_take_their_own_turns()
    {
        await using (await _gate.WaitForTurnAsync(0, CancellationToken.None)) { }
        // Bucket 0's turn is still held for its window; shard 1 (bucket 1) does not wait for it.
        var next = _gate.WaitForTurnAsync(1, CancellationToken.None);
        await using (await next.WaitAsync(Patience))
        {
            Assert.True(_turns.IsHeld(0));
            Assert.True(_turns.IsHeld(1));
        }
        Assert.Equal([0, 1], _turns.Taken);
    }

    [Fact]
    public async Task A_shard_cancelled_while_waiting_for_its_turn_lets_the_next_shard_go()
    {
        var otherProcess = await _turns.TakeAsync(0, CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var cancelled = _gate.WaitForTurnAsync(0, stop.Token);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);

        await using (await _gate.WaitForTurnAsync(1, CancellationToken.None).WaitAsync(Patience))
            Assert.True(_turns.IsHeld(1));
        await otherProcess.DisposeAsync();
    }

    [Fact]
    public async Task Stopping_gives_back_turns_still_inside_their_window()
    {
        await using (await _gate.WaitForTurnAsync(0, CancellationToken.None)) { }
        Assert.True(_turns.IsHeld(0));

        await _gate.DisposeAsync();
        Assert.False(_turns.IsHeld(0));
    }
}

using CareerBot.Slack;
using CareerBot.Slack.Inbound;
using CareerBot.Slack.Outbound;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Slack;

public sealed class SlackChannelOutboxTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private static SlackChannelOutbox Outbox(int capacity = 100) =>
        new(Options.Create(new SlackOptions { QueueCapacity = capacity, ShutdownGraceSeconds = 0 }), NullLogger<SlackChannelOutbox>.Instance);

    [Fact]
    public async Task Answers_in_one_channel_go_in_order_while_a_blocked_channel_never_holds_up_another()
    {
        using var outbox = Outbox();
        var order = new List<string>();
        var gate = new TaskCompletionSource();
        var firstStarted = new TaskCompletionSource();
        var otherDone = new TaskCompletionSource();
        var secondDone = new TaskCompletionSource();

        Assert.True(outbox.TryEnqueue("C1", async _ => { firstStarted.SetResult(); await gate.Task; lock (order) order.Add("C1 first"); }));
        Assert.True(outbox.TryEnqueue("C1", _ => { lock (order) order.Add("C1 second"); secondDone.SetResult(); return Task.CompletedTask; }));
        Assert.True(outbox.TryEnqueue("C2", _ => { lock (order) order.Add("C2"); otherDone.SetResult(); return Task.CompletedTask; }));

        await otherDone.Task.WaitAsync(Guard);
        await firstStarted.Task.WaitAsync(Guard);
        lock (order) Assert.Equal(["C2"], order);
        Assert.Equal(1, outbox.Pending); // C1's second answer waits behind its first
        gate.SetResult();
        await secondDone.Task.WaitAsync(Guard);
        lock (order) Assert.Equal(["C2", "C1 first", "C1 second"], order);
    }

    [Fact]
    public async Task A_failing_answer_does_not_stop_its_channel_and_a_full_outbox_refuses_more()
    {
        using var outbox = Outbox(capacity: 2);
        var started = new TaskCompletionSource();
        var gate = new TaskCompletionSource();
        var last = new TaskCompletionSource();
        var ran = 0;

        Assert.True(outbox.TryEnqueue("C1", async _ => { started.SetResult(); await gate.Task; throw new InvalidOperationException("Slack said no"); }));
        await started.Task.WaitAsync(Guard);
        Assert.True(outbox.TryEnqueue("C1", _ => { Interlocked.Increment(ref ran); return Task.CompletedTask; }));
        Assert.True(outbox.TryEnqueue("C1", _ => { Interlocked.Increment(ref ran); last.SetResult(); return Task.CompletedTask; }));
        Assert.False(outbox.TryEnqueue("C2", _ => Task.CompletedTask)); // two already wait: the capacity
        gate.SetResult();
        await last.Task.WaitAsync(Guard);

        Assert.Equal(2, ran);
        Assert.Equal(0, outbox.Pending);
    }

    [Fact]
    public async Task Stopping_cancels_what_is_left_after_the_grace_period_and_refuses_new_answers()
    {
        using var outbox = Outbox();
        var started = new TaskCompletionSource();
        var cancelled = new TaskCompletionSource();
        Assert.True(outbox.TryEnqueue("C1", async ct =>
        {
            started.SetResult();
            try { await Task.Delay(Timeout.Infinite, ct); }
            catch (OperationCanceledException) { cancelled.SetResult(); throw; }
        }));
        // Stop while the answer is being posted (a lane starts asynchronously; stopping before it starts drops it unsent).
        await started.Task.WaitAsync(Guard);

        await outbox.StopAsync(CancellationToken.None).WaitAsync(Guard);

        Assert.True(cancelled.Task.IsCompleted);
        Assert.False(outbox.TryEnqueue("C1", _ => Task.CompletedTask));
    }
}

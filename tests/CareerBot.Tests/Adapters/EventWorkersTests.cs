using System.Collections.Concurrent;
using System.Threading.Channels;
using CareerBot.Adapters.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CareerBot.Tests.Adapters;

/// <summary>The adapters' event workers: one scope per event, errors contained, and a clean stop.</summary>
public class EventWorkersTests
{
    private sealed class ScopedMarker;

    private readonly ServiceProvider _services = new ServiceCollection().AddScoped<ScopedMarker>().BuildServiceProvider();
    private readonly FakeLogger _logger = new();

    private EventWorkers<int> Workers(Func<IServiceProvider, int, CancellationToken, Task> handle) =>
        new(_services.GetRequiredService<IServiceScopeFactory>(), handle, i => $"event {i}", _logger);

    [Fact]
    public async Task Each_event_gets_its_own_scope_and_a_failure_is_logged_without_stopping_the_others()
    {
        var channel = Channel.CreateUnbounded<int>();
        var scopes = new ConcurrentDictionary<int, ScopedMarker>();
        using var stop = new CancellationTokenSource();
        var run = Workers((services, i, _) =>
        {
            scopes[i] = services.GetRequiredService<ScopedMarker>();
            return i == 3 ? throw new InvalidOperationException("boom") : Task.CompletedTask;
        }).RunAsync(channel.Reader, workers: 2, TimeSpan.FromSeconds(5), stop.Token);
        for (var i = 0; i < 6; i++) channel.Writer.TryWrite(i);

        while (scopes.Count < 6) await Task.Delay(10);
        await stop.CancelAsync();
        await run;

        Assert.Equal(6, scopes.Values.Distinct().Count());
        var error = Assert.Single(_logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Contains("event 3", error.Message);
        Assert.IsType<InvalidOperationException>(error.Exception);
    }

    [Fact]
    public async Task On_stop_the_work_in_progress_and_the_queue_finish_within_the_grace_period()
    {
        var channel = Channel.CreateUnbounded<int>();
        var started = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var done = new ConcurrentBag<int>();
        using var stop = new CancellationTokenSource();
        var run = Workers(async (_, i, _) =>
        {
            started.TrySetResult();
            await release.Task;
            done.Add(i);
        }).RunAsync(channel.Reader, workers: 1, TimeSpan.FromSeconds(30), stop.Token);
        for (var i = 0; i < 5; i++) channel.Writer.TryWrite(i);
        await started.Task;

        await stop.CancelAsync(); // the channel stays open: a stopping worker must not wait for more
        release.SetResult();
        await run;

        Assert.Equal([0, 1, 2, 3, 4], done.Order());
        Assert.DoesNotContain(_logger.Collector.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Work_still_running_when_the_grace_period_ends_is_cancelled_and_counted_with_the_queue()
    {
        var channel = Channel.CreateUnbounded<int>();
        var started = new TaskCompletionSource();
        using var stop = new CancellationTokenSource();
        var run = Workers(async (_, _, cancellationToken) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }).RunAsync(channel.Reader, workers: 1, TimeSpan.FromMilliseconds(200), stop.Token);
        for (var i = 0; i < 4; i++) channel.Writer.TryWrite(i);
        await started.Task;

        await stop.CancelAsync();
        await run; // would hang if the cancellation never came

        var warning = Assert.Single(_logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("Stopped with 4 events unanswered", warning.Message);
        Assert.False(channel.Reader.TryRead(out _));
    }
}

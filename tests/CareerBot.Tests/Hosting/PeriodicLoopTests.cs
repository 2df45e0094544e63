using System.Threading.Channels;
using CareerBot.Core.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Tests.Hosting;

/// <summary>The background loop the maintenance services own: one step per interval, a clean stop, and a loud death.</summary>
public class PeriodicLoopTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _time = new();
    private readonly FakeLogger _logger = new();
    private readonly Channel<long> _ticks = Channel.CreateUnbounded<long>();

    private PeriodicLoop Loop() => new("Test upkeep", Interval, _time, _logger);

    private Task Step(long tick, CancellationToken _)
    {
        _ticks.Writer.TryWrite(tick);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task It_runs_one_step_per_interval_numbering_the_ticks_and_none_before_the_first()
    {
        var loop = Loop();
        loop.Start(Step);
        Assert.False(_ticks.Reader.TryRead(out _));

        for (var expected = 1L; expected <= 3; expected++)
        {
            _time.Advance(Interval);
            Assert.Equal(expected, await _ticks.Reader.ReadAsync());
        }
        await loop.StopAsync(CancellationToken.None);
        Assert.Empty(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task After_stop_no_step_runs_and_nothing_is_logged()
    {
        var loop = Loop();
        loop.Start(Step);
        await loop.StopAsync(CancellationToken.None);

        _time.Advance(Interval * 3);
        Assert.False(_ticks.Reader.TryRead(out _));
        Assert.Empty(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task A_step_that_throws_ends_the_loop_with_one_critical_line_naming_it()
    {
        var loop = Loop();
        loop.Start((tick, stopping) => tick == 2 ? throw new InvalidOperationException("disk on fire") : Step(tick, stopping));
        _time.Advance(Interval);
        Assert.Equal(1, await _ticks.Reader.ReadAsync());
        _time.Advance(Interval);
        await loop.StopAsync(CancellationToken.None);

        _time.Advance(Interval);
        Assert.False(_ticks.Reader.TryRead(out _));
        var line = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Critical, line.Level);
        Assert.Contains("Test upkeep stopped", line.Message);
        Assert.Equal("disk on fire", line.Exception?.Message);
    }
}

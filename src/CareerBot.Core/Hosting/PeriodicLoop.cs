using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Hosting;

/// <summary>
/// A background loop its owner starts and stops: runs a step every <c>interval</c> on the given clock until stopped. The
/// step handles the failures it expects; anything else ends the loop with one critical log line, so a dead loop is seen
/// instead of failing silently, and never takes the process down.
/// </summary>
/// <param name="name">What the loop does, for the log: e.g. <c>Question-log retention</c>.</param>
public sealed class PeriodicLoop(string name, TimeSpan interval, TimeProvider time, ILogger logger)
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;

    /// <summary>Starts ticking; <paramref name="step"/> gets the tick number (1 after the first interval).</summary>
    public void Start(Func<long, CancellationToken, Task> step) => _loop = RunAsync(step, _stopping.Token);

    /// <summary>Stops the loop and waits for the running step, at most until <paramref name="cancellationToken"/> fires.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RunAsync(Func<long, CancellationToken, Task> step, CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(interval, time);
            for (var tick = 1L; await timer.WaitForNextTickAsync(cancellationToken); tick++)
                await step(tick, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "{Loop} stopped after an unexpected error; it resumes only at the next restart", name);
        }
    }
}

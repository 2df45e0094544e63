using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Outbound;

/// <summary>
/// Posts answers per channel, in order, one at a time: Slack allows about one message per second per channel, so a
/// busy channel must wait, but that wait happens here, not in a worker, and never holds up other channels. One lane
/// (a task) per channel with pending answers; it ends when its queue is empty. This service owns and awaits every lane.
/// </summary>
public sealed class SlackChannelOutbox(IOptions<SlackOptions> options, ILogger<SlackChannelOutbox> logger) : IHostedService, IDisposable
{
    private readonly Dictionary<string, Queue<Func<CancellationToken, Task>>> _lanes = new(StringComparer.Ordinal);
    private readonly List<Task> _running = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private int _pending;

    /// <summary>Answers waiting in every lane.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Queues one answer for <paramref name="channel"/>; false when stopping or when too many answers wait already.</summary>
    public bool TryEnqueue(string channel, Func<CancellationToken, Task> send)
    {
        lock (_lock)
        {
            if (_stopping.IsCancellationRequested || _pending >= options.Value.QueueCapacity) return false;
            _pending++;
            if (_lanes.TryGetValue(channel, out var lane))
            {
                lane.Enqueue(send);
                return true;
            }
            lane = new Queue<Func<CancellationToken, Task>>();
            lane.Enqueue(send);
            _lanes[channel] = lane;
            _running.RemoveAll(t => t.IsCompleted);
            _running.Add(RunLaneAsync(channel, lane));
            return true;
        }
    }

    private async Task RunLaneAsync(string channel, Queue<Func<CancellationToken, Task>> lane)
    {
        // Leave the caller's lock before the first answer is sent.
        await Task.Yield();
        while (true)
        {
            Func<CancellationToken, Task> send;
            lock (_lock)
            {
                if (lane.Count == 0 || _stopping.IsCancellationRequested)
                {
                    _lanes.Remove(channel);
                    return;
                }
                send = lane.Dequeue();
                _pending--;
            }
            try
            {
                await send(_stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Posting an answer to Slack channel {Channel} failed", channel);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Stops after the workers (registered before them): answers already queued still go out, paced, within
    /// <see cref="SlackOptions.ShutdownGraceSeconds"/>; what is left then is cancelled and logged.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (_lock) running = [.. _running];
        using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        grace.CancelAfter(TimeSpan.FromSeconds(options.Value.ShutdownGraceSeconds));
        try
        {
            await Task.WhenAll(running).WaitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Stopping with {Pending} Slack answers not yet posted: the shutdown grace period ran out", Pending);
        }
        lock (_lock) _stopping.Cancel();
        await Task.WhenAll(running);
    }

    public void Dispose() => _stopping.Dispose();
}

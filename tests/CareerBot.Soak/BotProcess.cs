using System.Collections.Concurrent;
using System.Diagnostics;

namespace CareerBot.Soak;

/// <summary>
/// The real bot binary as a child process, configured through its environment like an operator would, with its log lines
/// kept; its costs are read by <see cref="CareerBot.FakeDiscord.BotProcessProbe"/>.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();
    private readonly Task _stderr;
    private readonly Task _stdout;

    private BotProcess(Process process)
    {
        _process = process;
        _stderr = PumpAsync(process.StandardError);
        _stdout = PumpAsync(process.StandardOutput);
    }

    public int Id => _process.Id;
    public IReadOnlyCollection<string> Log => _log;

    /// <summary>Log lines at error or critical level (the console logger writes them as "fail:" and "crit:").</summary>
    public IReadOnlyList<string> Errors => _log.Where(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)).ToList();

    /// <summary>Warning lines with the line after each (the console logger puts the message on the next line).</summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            var lines = _log.ToList();
            return lines.Select((l, i) => (l, i)).Where(p => p.l.StartsWith("warn:", StringComparison.Ordinal))
                .Select(p => p.l + (p.i + 1 < lines.Count ? " " + lines[p.i + 1].Trim() : "")).ToList();
        }
    }

    public static BotProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "CareerBot.dll"))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardInput.Close();
        return new BotProcess(process);
    }

    /// <summary>
    /// Makes the bot run a full, blocking garbage collection: an EventPipe session asking for the GC heap-collect event
    /// triggers one (this is how dotnet-gcdump does it). The next heap reading then shows only live objects.
    /// </summary>
    public async Task CollectGarbageAsync()
    {
        const long gcKeyword = 0x1, gcHeapCollectKeyword = 0x800000;
        var client = new Microsoft.Diagnostics.NETCore.Client.DiagnosticsClient(Id);
        using var session = client.StartEventPipeSession(
            new Microsoft.Diagnostics.NETCore.Client.EventPipeProvider("Microsoft-Windows-DotNETRuntime",
                System.Diagnostics.Tracing.EventLevel.Informational, gcKeyword | gcHeapCollectKeyword),
            requestRundown: false);
        // Drain the session until the induced GC has ended, then stop it.
        var drain = session.EventStream.CopyToAsync(Stream.Null);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await session.StopAsync(CancellationToken.None);
        await drain;
    }

    /// <summary>Asks the bot to stop the way systemd does (SIGTERM) and returns its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited) Posix.Terminate(_process.Id);
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The bot did not stop within {timeout.TotalSeconds:0} s of SIGTERM.");
        }
        await Task.WhenAll(_stderr, _stdout);
        return _process.ExitCode;
    }

    private async Task PumpAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line) _log.Enqueue(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

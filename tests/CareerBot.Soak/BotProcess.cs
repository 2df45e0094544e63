using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace CareerBot.Soak;

/// <summary>
/// The real bot binary as a child process, configured through its environment like an operator would, with its log lines
/// kept and its memory and CPU read from /proc.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux
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

    /// <summary>Resident memory in MB, from /proc/&lt;pid&gt;/status (VmRSS).</summary>
    public double ResidentMegabytes()
    {
        foreach (var line in File.ReadLines($"/proc/{Id}/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        return 0;
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

    /// <summary>
    /// The long-lived managed heap (gen2 + large and pinned objects) after the bot's last garbage collection, in MB, from
    /// its own Prometheus endpoint; after <see cref="CollectGarbageAsync"/> it is the live long-lived heap.
    /// </summary>
    public static async Task<double> LongLivedHeapMegabytesAsync(HttpClient http, int operationsPort)
    {
        var text = await http.GetStringAsync($"http://127.0.0.1:{operationsPort}/metrics");
        return text.Split('\n')
            .Where(l => l.StartsWith("dotnet_gc_last_collection_heap_size_bytes{", StringComparison.Ordinal)
                        && (l.Contains("\"gen2\"", StringComparison.Ordinal) || l.Contains("\"loh\"", StringComparison.Ordinal) || l.Contains("\"poh\"", StringComparison.Ordinal)))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)) / (1024 * 1024);
    }

    /// <summary>User + system CPU seconds so far, from /proc/&lt;pid&gt;/stat.</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After the command name: field 14 (utime) and 15 (stime) of stat are at 11 and 12 here.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
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

using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.FakeDiscord;

/// <summary>
/// What the bot process under load costs, read from outside so the load tool's own work is not counted: CPU time and peak
/// RSS from Linux's /proc/&lt;pid&gt;, and .NET GC counts from the bot's Prometheus /metrics (Operations:Port) when given.
/// </summary>
public sealed partial class BotProcessProbe(int pid, string? metricsUrl)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    /// <param name="CpuSeconds">The bot's CPU time once this sample's /metrics scrape was answered.</param>
    /// <param name="CpuSecondsBeforeScrape">The bot's CPU time before the scrape (the same as <paramref name="CpuSeconds"/> without a metrics URL).</param>
    /// <param name="Runtime">From /metrics: gen0/gen1/gen2 collection counts, allocated bytes, JIT and GC pause seconds (empty without a metrics URL).</param>
    /// <param name="ThreadsBeforeScrape">CPU seconds of each of the bot's threads (by thread id) before the scrape.</param>
    /// <param name="Threads">The same once the scrape was answered.</param>
    public sealed record Sample(double CpuSeconds, double CpuSecondsBeforeScrape, long PeakRssBytes, long RssBytes, IReadOnlyDictionary<string, double> Runtime,
        IReadOnlyDictionary<int, ThreadCpu> ThreadsBeforeScrape, IReadOnlyDictionary<int, ThreadCpu> Threads)
    {
        /// <summary>The bot's CPU time between two samples, without the work of answering either sample's own /metrics scrape.</summary>
        public double CpuSecondsSince(Sample before) => CpuSecondsBeforeScrape - before.CpuSeconds;

        /// <summary>
        /// <see cref="CpuSecondsSince"/> by thread name, busiest first, e.g. ".NET TP Worker 0.31 s, Discord gateway 0.12 s";
        /// what the threads alive at the end do not account for (threads that ended in between, and per-thread tick rounding)
        /// is shown as "other".
        /// </summary>
        public string ThreadCpuSince(Sample before)
        {
            var byName = ThreadsBeforeScrape
                .GroupBy(t => t.Value.Name, t => t.Value.Seconds - before.Threads.GetValueOrDefault(t.Key).Seconds)
                .Select(g => (Name: g.Key, Seconds: g.Sum()))
                .ToList();
            var other = CpuSecondsSince(before) - byName.Sum(t => t.Seconds);
            if (other >= 0.005) byName.Add(("other", other));
            return string.Join(", ", byName.Where(t => t.Seconds >= 0.005).OrderByDescending(t => t.Seconds).Select(t => $"{t.Name} {t.Seconds:0.00} s"));
        }

        public string RuntimeDelta(Sample before) => Runtime.Count == 0 ? "" :
            $"GCs gen0 {Delta(before, "gen0")}, gen1 {Delta(before, "gen1")}, gen2 {Delta(before, "gen2")}; allocated {Delta(before, Allocated) / 1048576:0.0} MB; " +
            $"JIT {Delta(before, JitMethods):0} methods in {Delta(before, Jit):0.00} s; GC pauses {Delta(before, GcPause):0.000} s";

        /// <summary>gen2 + large + pinned object heaps after the last GC (after a full GC: the live long-lived heap); 0 without metrics.</summary>
        public double LongLivedHeapBytes => Runtime.GetValueOrDefault(LongLivedHeap);

        private double Delta(Sample before, string key) => Runtime.GetValueOrDefault(key) - before.Runtime.GetValueOrDefault(key);
    }

    private const string Allocated = "allocated";
    private const string Jit = "jit";
    private const string JitMethods = "jitmethods";
    private const string GcPause = "gcpause";
    private const string LongLivedHeap = "longlivedheap";

    public async Task<Sample> ReadAsync()
    {
        var threadsBeforeScrape = ThreadCpuSeconds();
        var cpuBeforeScrape = await CpuSecondsAsync();
        var runtime = await RuntimeMetricsAsync();
        var status = await File.ReadAllTextAsync($"/proc/{pid}/status");
        return new Sample(await CpuSecondsAsync(), cpuBeforeScrape, StatusKb(status, "VmHWM") * 1024, StatusKb(status, "VmRSS") * 1024, runtime,
            threadsBeforeScrape, ThreadCpuSeconds());
    }

    private async Task<double> CpuSecondsAsync() => Stat(await File.ReadAllTextAsync($"/proc/{pid}/stat")).Seconds;

    /// <summary>Every thread's name and CPU time, from /proc/&lt;pid&gt;/task/&lt;tid&gt;/stat; a thread that ends while being read is left out.</summary>
    private Dictionary<int, ThreadCpu> ThreadCpuSeconds()
    {
        var threads = new Dictionary<int, ThreadCpu>();
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                threads[int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture)] = Stat(File.ReadAllText(Path.Combine(task, "stat")));
            }
            catch (IOException)
            {
            }
        }
        return threads;
    }

    /// <summary>
    /// The name in parentheses, then fields 14 and 15 of a /proc stat line (counted after the name): user and system time in
    /// ticks of 1/100 s.
    /// </summary>
    private static ThreadCpu Stat(string stat)
    {
        var open = stat.IndexOf('(');
        var close = stat.LastIndexOf(')');
        var fields = stat[(close + 2)..].Split(' ');
        return new ThreadCpu(stat[(open + 1)..close], (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0);
    }

    private async Task<IReadOnlyDictionary<string, double>> RuntimeMetricsAsync()
    {
        var values = new Dictionary<string, double>();
        if (metricsUrl is null) return values;
        var text = await Http.GetStringAsync(metricsUrl);
        foreach (Match m in GcLine().Matches(text)) values[m.Groups["gen"].Value] = Number(m.Groups["value"].Value);
        foreach (var (key, metric) in new[] { (Allocated, "dotnet_gc_heap_total_allocated_bytes_total"), (Jit, "dotnet_jit_compilation_time_seconds_total"), (JitMethods, "dotnet_jit_compiled_methods_total"), (GcPause, "dotnet_gc_pause_time_seconds_total") })
            if (Regex.Match(text, $@"^{metric}(?:\{{[^}}]*\}})?\s+(\S+)", RegexOptions.Multiline) is { Success: true } found)
                values[key] = Number(found.Groups[1].Value);
        values[LongLivedHeap] = HeapLine().Matches(text).Sum(m => Number(m.Groups["value"].Value));
        return values;
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static long StatusKb(string status, string key) =>
        long.Parse(Regex.Match(status, $@"^{key}:\s+(\d+) kB", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^dotnet_gc_collections(?:_total)?\{[^}]*gc_heap_generation=""(?<gen>gen\d)""[^}]*\}\s+(?<value>[0-9.e+]+)", RegexOptions.Multiline)]
    private static partial Regex GcLine();

    [GeneratedRegex(@"^dotnet_gc_last_collection_heap_size_bytes\{[^}]*gc_heap_generation=""(?:gen2|loh|poh)""[^}]*\}\s+(?<value>[0-9.e+]+)", RegexOptions.Multiline)]
    private static partial Regex HeapLine();
}

/// <summary>A thread's name (as the kernel keeps it, at most 15 characters) and its CPU seconds so far.</summary>
public readonly record struct ThreadCpu(string Name, double Seconds);

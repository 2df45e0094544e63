using System.Globalization;
using System.Text;

namespace CareerBot.Soak;

/// <summary>One sample of the bot process.</summary>
/// <param name="HeapMegabytes">Live long-lived managed heap (gen2 + LOH + POH) after a full GC induced for the sample.</param>
public sealed record ProcessSample(TimeSpan At, double ResidentMegabytes, double CpuSeconds, double HeapMegabytes);

/// <summary>What a soak run saw; <see cref="Passed"/> is the verdict the tool exits with.</summary>
public sealed record SoakReport(
    int Sent,
    int Answered,
    int Duplicates,
    IReadOnlyList<string> Unanswered,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<double> LatenciesMs,
    IReadOnlyList<ProcessSample> Samples,
    int Disruptions,
    int Resumes,
    int SocketsOpened,
    int Discord429s,
    int ExitCode)
{
    /// <summary>Growth of resident memory over the second half of the run, in MB per minute (least squares); 0 for short runs.</summary>
    public double SecondHalfGrowthMbPerMinute => SecondHalfSlope(s => s.ResidentMegabytes);

    /// <summary>The same for the long-lived managed heap, the better sign of a leak.</summary>
    public double SecondHalfHeapGrowthMbPerMinute => SecondHalfSlope(s => s.HeapMegabytes);

    private double SecondHalfSlope(Func<ProcessSample, double> value)
    {
        var half = Samples.Skip(Samples.Count / 2).ToList();
        if (half.Count < 3) return 0;
        var mx = half.Average(s => s.At.TotalMinutes);
        var my = half.Average(value);
        var sxx = half.Sum(s => Math.Pow(s.At.TotalMinutes - mx, 2));
        return sxx == 0 ? 0 : half.Sum(s => (s.At.TotalMinutes - mx) * (value(s) - my)) / sxx;
    }

    public bool Passed => Unanswered.Count == 0 && Duplicates == 0 && Errors.Count == 0 && ExitCode == 0 && Discord429s == 0;

    public override string ToString()
    {
        var sorted = LatenciesMs.Order().ToList();
        string P(double p) => sorted.Count == 0 ? "-" : sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * p / 100))].ToString("F1", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"messages sent: {Sent}, answered: {Answered}, unanswered: {Unanswered.Count}, answered twice: {Duplicates}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"reply latency ms: p50 {P(50)}, p95 {P(95)}, p99 {P(99)}, max {(sorted.Count == 0 ? "-" : sorted[^1].ToString("F1", CultureInfo.InvariantCulture))}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"disruptions: {Disruptions} (Discord resumes {Resumes}, Slack sockets opened {SocketsOpened}), Discord 429s: {Discord429s}");
        if (Samples.Count > 0)
        {
            var first = Samples[0];
            var last = Samples[^1];
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"bot RSS MB: first sample {first.ResidentMegabytes:F1}, last {last.ResidentMegabytes:F1}, peak {Samples.Max(s => s.ResidentMegabytes):F1}; second-half growth {SecondHalfGrowthMbPerMinute:F2} MB/min");
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"bot live long-lived managed heap MB (gen2+LOH+POH after an induced full GC): first {first.HeapMegabytes:F1}, last {last.HeapMegabytes:F1}, peak {Samples.Max(s => s.HeapMegabytes):F1}; second-half growth {SecondHalfHeapGrowthMbPerMinute:F2} MB/min");
            sb.AppendLine(CultureInfo.InvariantCulture, $"bot CPU: {last.CpuSeconds - first.CpuSeconds:F1} s over {(last.At - first.At).TotalSeconds:F0} s");
        }
        sb.AppendLine(CultureInfo.InvariantCulture, $"error log lines: {Errors.Count}, exit code after SIGTERM: {ExitCode}");
        foreach (var e in Errors.Take(5)) sb.AppendLine("  " + e);
        foreach (var u in Unanswered.Take(5)) sb.AppendLine("  unanswered: " + u);
        if (!Passed) foreach (var w in Warnings.Take(10)) sb.AppendLine("  bot warning: " + w);
        sb.Append(Passed ? "PASSED" : "FAILED");
        return sb.ToString();
    }
}

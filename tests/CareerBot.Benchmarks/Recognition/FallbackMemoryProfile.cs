using System.Diagnostics;
using CareerBot.Core.Recognition;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace CareerBot.Benchmarks.Recognition;

/// <summary>
/// What the lazily loaded Recognizers-Text models cost: managed heap and RSS before and after the product recognizer's
/// first cued message, and the load time; then, for comparison, what the date-time model (not loaded by the product) would
/// add. Run: dotnet run -c Release --project tests/CareerBot.Benchmarks -- fallback-memory
/// </summary>
public static class FallbackMemoryProfile
{
    public static void Run()
    {
        var recognizer = new LayeredRecognizer();
        recognizer.Recognize("I got an offer with 180k base, 30k bonus, 600k RSUs over 4 years. Is that good for an L5 MLE in Seattle?");
        var (heap0, rss0) = Measure();
        var clock = Stopwatch.StartNew();
        recognizer.Recognize("is half million usd good for a staff MLE?");
        var loadMs = clock.ElapsedMilliseconds;
        var (heap1, rss1) = Measure();
        Console.WriteLine($"before the first cued message: heap {heap0:0.0} MB, RSS {rss0:0.0} MB");
        Console.WriteLine($"after (currency + percentage + number models, loaded in {loadMs} ms): heap {heap1:0.0} MB (+{heap1 - heap0:0.0}), RSS {rss1:0.0} MB (+{rss1 - rss0:0.0})");
        clock.Restart();
        var dateTime = new DateTimeRecognizer(Culture.English).GetDateTimeModel();
        dateTime.Parse("a 1-year cliff, then monthly for three years from next Monday");
        var dateTimeMs = clock.ElapsedMilliseconds;
        var (heap2, rss2) = Measure();
        Console.WriteLine($"the date-time model too (not used by the product; loaded in {dateTimeMs} ms): heap {heap2:0.0} MB (+{heap2 - heap1:0.0}), RSS {rss2:0.0} MB (+{rss2 - rss1:0.0})");
        GC.KeepAlive(dateTime);
        GC.KeepAlive(recognizer);
    }

    private static (double HeapMb, double RssMb) Measure()
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
        using var self = Process.GetCurrentProcess();
        return (heap, self.WorkingSet64 / 1048576.0);
    }
}

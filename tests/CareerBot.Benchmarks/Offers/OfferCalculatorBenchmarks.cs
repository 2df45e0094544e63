using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CareerBot.Core.Commands;
using CareerBot.Core.Offers;

namespace CareerBot.Benchmarks.Offers;

/// <summary>
/// Cost of working out one offer: the calculator alone (simple and with every option), and the whole /offer
/// path from text (command parsing, recognizer on each value, calculator, Markdown).
/// Run: dotnet run -c Release --project tests/CareerBot.Benchmarks -- --filter '*OfferCalculator*'
/// </summary>
[Config(typeof(ShortInProcess))]
[MemoryDiagnoser]
public class OfferCalculatorBenchmarks
{
    /// <summary>A short job run in this process: no separate build, which on the shared 2-core machine outlasts BenchmarkDotNet's build timeout.</summary>
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median, BenchmarkDotNet.Columns.StatisticColumn.Min);
        }
    }

    private const string FullCommand =
        "/offer base:180k bonus:15% stock:600k vesting:5-15-40-40 cliff:12m frequency:monthly signon:75k signon2:25k refresh:100k growth:5% match:4%";

    private static readonly OfferTerms Golden = new()
    {
        Base = 180_000m, Bonus = AmountOrPercent.Amount(30_000m), Stock = 600_000m, Vesting = VestingSchedule.Even(4), SignOn = 75_000m,
    };

    private static readonly OfferTerms Everything = OfferCommandReader.Read(SlashCommandParser.Parse(FullCommand)!).Terms!;

    [Benchmark(Baseline = true)]
    public OfferBreakdown Calculate_golden() => OfferCalculator.Calculate(Golden);

    [Benchmark]
    public OfferBreakdown Calculate_every_option_monthly() => OfferCalculator.Calculate(Everything);

    [Benchmark]
    public string Parse_calculate_and_format_full_command()
    {
        var offer = OfferCalculator.Calculate(OfferCommandReader.Read(SlashCommandParser.Parse(FullCommand)!).Terms!);
        return OfferMarkdown.Table(offer) + OfferMarkdown.Totals(offer);
    }
}

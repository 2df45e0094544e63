using BenchmarkDotNet.Attributes;
using CareerBot.Core.Recognition;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace CareerBot.Benchmarks.Recognition;

/// <summary>
/// Cost per ~200-character chat message: our ChatRecognizer (all entity types) against Microsoft.Recognizers.Text with
/// its models built once up front (its best case): currency alone, and currency + number + percentage, the three models
/// it needs to cover what our money/number/percent layer finds (it has no vesting, levels or places at all).
/// Run: dotnet run -c Release --project tests/CareerBot.Benchmarks -- --filter '*Recognizer*' --job short --inProcess
/// (in process: the generated out-of-process project would inherit invariant globalization, which Recognizers-Text cannot run in).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RecognizerBenchmarks
{
    public static IEnumerable<string> Messages =>
    [
        "offer: I got an offer with 180k base, 30k bonus, 600k RSUs over 4 years and a 75k signing bonus. Is that good for an L5 MLE in Seattle? What's my first-year TC roughly, and should I negotiate?",
        "band: Recruiter said the band is $200K–$230K for senior, 15% target bonus, and stock vests 5/15/40/40 with a 1-year cliff. Remote is fine for them. Should I push for more on base or on the equity?",
        "compare: Comparing two offers: A is €90k + 10% bonus in Berlin, B is £75k + 20% of base in London, both with a 4 year vest, monthly after a 1-year cliff. Which one pays more over four years?",
        "noise: We run k8s, p99 latency under 50ms, gpt-4 in prod since 2024 and the 401k match is 4x better than before. Is 180k/yr enough for a staff NLP engineer in NYC with 8 years of experience?",
        "spelled: New grad here, offered one hundred eighty thousand dollars total comp in the Bay Area for computer vision work; a friend at E5 makes ~$300k. It is a top 10 company. Any thoughts on this?",
    ];

    /// <summary>The message, prefixed with a short name for the results table.</summary>
    [ParamsSource(nameof(Messages))]
    public string Message { get; set; } = "";

    private readonly ChatRecognizer _ours = new();
    private IModel _currency = null!;
    private IModel _number = null!;
    private IModel _percent = null!;

    [GlobalSetup]
    public void Setup()
    {
        _currency = new NumberWithUnitRecognizer(Culture.English).GetCurrencyModel();
        var numbers = new NumberRecognizer(Culture.English);
        _number = numbers.GetNumberModel();
        _percent = numbers.GetPercentageModel();
    }

    [Benchmark(Baseline = true)]
    public int ChatRecognizer() => _ours.Recognize(Message).Count;

    [Benchmark]
    public int RecognizersTextCurrency() => _currency.Parse(Message).Count;

    [Benchmark]
    public int RecognizersTextCurrencyNumberPercent() => _currency.Parse(Message).Count + _number.Parse(Message).Count + _percent.Parse(Message).Count;
}

using BenchmarkDotNet.Attributes;
using CareerBot.Core.Recognition;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace CareerBot.Benchmarks.Recognition;

/// <summary>
/// Cost per ~200-character chat message: the chat layer alone (ChatRecognizer), the product recognizer (LayeredRecognizer:
/// the chat layer, the cue gate, and Recognizers-Text on cued stretches, its models loaded in the setup), and
/// Microsoft.Recognizers.Text alone with its models built once up front (its best case): currency alone, and currency +
/// number + percentage, the three models it needs to cover what our money/number/percent layer finds. The first five
/// messages are ordinary chat (no cue: the product must stay under 20 µs median); the "fallback" ones take the
/// Recognizers-Text path.
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
        "fallback-yen: Got an offer in Tokyo for 12 million yen base plus a bonus of two months, vs 180k USD remote from a US startup. Is the Tokyo one good for a senior MLE, or is that way below the market there?",
        "fallback-half: They offered half a million in stock over 4 years and 180k base, but the bonus is minus five percent this year because of the reorg. Should I negotiate the base, or push for more equity instead?",
        "fallback-cad: Toronto offer is 150k CAD base + 10% bonus, SF offer is $210k base + 15%, both L5. Taxes and rent aside, two thirds of my friends say take SF. What do you think about the CAD one, honestly?",
    ];

    /// <summary>The message, prefixed with a short name for the results table.</summary>
    [ParamsSource(nameof(Messages))]
    public string Message { get; set; } = "";

    private readonly ChatRecognizer _ours = new();
    private readonly LayeredRecognizer _product = new();
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
        // The product loads its fallback models on the first cued message; do that here, not in a measured call.
        _product.Recognize("is half million usd good?");
    }

    [Benchmark(Baseline = true)]
    public int ChatRecognizer() => _ours.Recognize(Message).Count;

    [Benchmark]
    public int ProductRecognizer() => _product.Recognize(Message).Count;

    [Benchmark]
    public int RecognizersTextCurrency() => _currency.Parse(Message).Count;

    [Benchmark]
    public int RecognizersTextCurrencyNumberPercent() => _currency.Parse(Message).Count + _number.Parse(Message).Count + _percent.Parse(Message).Count;
}

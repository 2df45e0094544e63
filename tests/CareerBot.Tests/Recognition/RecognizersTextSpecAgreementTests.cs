using CareerBot.Core.Recognition;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using Xunit.Abstractions;

namespace CareerBot.Tests.Recognition;

/// <summary>
/// The product recognizer (chat layer + Recognizers-Text fallback) against Recognizers-Text alone, on Recognizers-Text's own
/// English spec inputs for currency, number and percent (Recognition/Data/recognizers-text-spec-forms.tsv): they must
/// read the same amounts (value, and currency or %) on at least 95 % of the inputs, and every input where they differ
/// must be one of the disagreements kept on purpose, listed below with why.
/// </summary>
public class RecognizersTextSpecAgreementTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> KeptDisagreements = new()
    {
        ["192.168.1.2"] = "an address is not four numbers (the chat layer skips dotted chains: versions, IPs)",
        ["10G"] = "digits glued to a letter are a name in ML chat (10G Ethernet, 7B params); no cue sends them to the fallback",
        ["1.2b"] = "`b` without a currency or pay word is a parameter count in ML chat (a 1.2b model), not 1.2 billion",
        ["analysts ' expectations suggest a september current account deficit of 1 . 6 billion ( $ 2.54 billion ) , compared with august ' s 2 . 0 billion deficit ."] =
            "newswire tokenization (`1 . 6 billion`, spaces around the decimal point) is not chat; the chat layer reads `6 billion` and `0 billion` beside the deficit",
        ["Bob, can you borrow me 100,000 ரூ for emergency and I will pay back with interest next Monday."] =
            "the Tamil rupee sign is letters plus a combining mark, not a currency symbol; the chat layer reads a grouped 100,000 as USD",
        ["Do you think sen 100,000 is expensive this new laptop?"] = "`sen` is too ambiguous a word to send messages to the fallback; the chat layer reads a grouped 100,000 as USD",
        ["10 $ 30 $"] = "the chat layer reads `$ 30` (a sign before the number, as members write it); the fallback's `10 $`, crossing that reading, is dropped",
        ["1 $ 10 dollars bill"] = "as above: the chat layer's `$ 10 dollars` stands, and the crossing `1 $` is dropped",
    };

    [Fact]
    public void The_product_reads_Recognizers_Text_spec_forms_as_Recognizers_Text_does()
    {
        var forms = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Recognition", "Data", "recognizers-text-spec-forms.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t', 2))
            .ToList();
        var product = new LayeredRecognizer();
        IModel currency = new NumberWithUnitRecognizer(Culture.English).GetCurrencyModel();
        var numbers = new NumberRecognizer(Culture.English);
        IModel percent = numbers.GetPercentageModel(), number = numbers.GetNumberModel();
        var disagreements = new List<string>();
        foreach (var (model, input) in forms.Select(f => (f[0], f[1])))
        {
            var (oracle, types) = model switch
            {
                "currency" => (currency, new[] { EntityType.Money }),
                "percent" => (percent, [EntityType.Percent]),
                _ => (number, [EntityType.Number, EntityType.Money]),
            };
            var theirs = Readings(oracle.Parse(input));
            var ours = product.Recognize(input).Where(e => types.Contains(e.Type))
                .Select(e => (e.Value!.Value, model == "number" ? "" : e.Unit ?? "")).Order().ToList();
            if (!theirs.SequenceEqual(ours))
                disagreements.Add($"{model}\t{input}\tRecognizers-Text [{string.Join("; ", theirs)}], ours [{string.Join("; ", ours)}]");
        }
        var agreed = forms.Count - disagreements.Count;
        output.WriteLine($"{agreed}/{forms.Count} spec inputs read alike ({100.0 * agreed / forms.Count:0.0} %). Disagreements:");
        disagreements.ForEach(output.WriteLine);
        Assert.True(agreed >= 0.95 * forms.Count, $"only {agreed}/{forms.Count} agree:\n" + string.Join("\n", disagreements));
        var unexpected = disagreements.Where(d => !KeptDisagreements.ContainsKey(d.Split('\t')[1])).ToList();
        Assert.True(unexpected.Count == 0, "disagreements not kept on purpose:\n" + string.Join("\n", unexpected));
    }

    private static List<(decimal, string)> Readings(List<ModelResult> results) =>
        results.Select(r => (Value: RecognizersTextDifferentialTests.ResolvedValue(r, "%"), Unit: Unit(r)))
            .Where(r => r.Value is not null).Select(r => (r.Value!.Value, r.Unit)).Order().ToList();

    private static string Unit(ModelResult r)
    {
        if (r.TypeName == "percentage") return "%";
        if (r.TypeName != "currency" || r.Resolution is null) return "";
        if (r.Resolution.TryGetValue("isoCurrency", out var iso) && iso is string code) return code;
        return r.Resolution.TryGetValue("unit", out var unit) ? unit switch { "Dollar" => "USD", "Euro" => "EUR", "Pound" => "GBP", var other => (string)other } : "";
    }
}

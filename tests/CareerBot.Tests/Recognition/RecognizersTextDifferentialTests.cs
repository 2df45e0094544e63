using System.Globalization;
using CareerBot.Core.Recognition;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using Xunit.Abstractions;

namespace CareerBot.Tests.Recognition;

/// <summary>
/// Runs generated chat phrases (templates × amount forms × currencies × values) through ChatRecognizer and
/// Microsoft.Recognizers.Text. Where Recognizers-Text is right by our spec, ours must agree on value and unit; where it is
/// wrong (bare "180k", ranges, "180k base"…) the case is recorded, and ours must be right on strictly more forms.
/// </summary>
public class RecognizersTextDifferentialTests(ITestOutputHelper output)
{
    /// <param name="Amount">The amount exactly as written inside <paramref name="Phrase"/>.</param>
    public sealed record Case(string Form, string Phrase, string Amount, EntityType Type, decimal Value, decimal? Max, string Unit);

    private static readonly (string Sign, string Code, string Word, string Unit)[] Currencies =
        [("$", "USD", "dollars", "USD"), ("€", "EUR", "euros", "EUR"), ("£", "GBP", "pounds", "GBP")];

    private static readonly (int Thousands, string Spelled)[] Values = [(95, "ninety five"), (180, "one hundred eighty"), (230, "two hundred thirty")];

    private static readonly string[] Templates =
        ["{0}", "my offer is {0}", "they offered {0} base", "is {0} good for a senior MLE in Seattle?", "I got {0} in stock", "comp: {0} total, thoughts?"];

    public static IReadOnlyList<Case> Cases()
    {
        var amounts = new List<(string Form, string Text, EntityType Type, decimal Value, decimal? Max, string Unit)>();
        foreach (var (thousands, spelled) in Values)
        {
            decimal v = thousands * 1000m, high = (thousands + 30) * 1000m, millions = thousands / 100m;
            foreach (var c in Currencies)
            {
                amounts.Add(("sign k", $"{c.Sign}{thousands}k", EntityType.Money, v, null, c.Unit));
                amounts.Add(("sign K", $"{c.Sign}{thousands}K", EntityType.Money, v, null, c.Unit));
                amounts.Add(("sign grouped", $"{c.Sign}{thousands},000", EntityType.Money, v, null, c.Unit));
                amounts.Add(("k code", $"{thousands}k {c.Code}", EntityType.Money, v, null, c.Unit));
                amounts.Add(("thousand word", $"{thousands} thousand {c.Word}", EntityType.Money, v, null, c.Unit));
                amounts.Add(("sign M", $"{c.Sign}{millions.ToString(CultureInfo.InvariantCulture)}M", EntityType.Money, millions * 1_000_000m, null, c.Unit));
                amounts.Add(("approx sign", $"~{c.Sign}{thousands}k", EntityType.Money, v, null, c.Unit));
                amounts.Add(("sign range", $"{c.Sign}{thousands}K–{c.Sign}{thousands + 30}K", EntityType.Money, v, high, c.Unit));
            }
            amounts.Add(("bare k", $"{thousands}k", EntityType.Money, v, null, "USD"));
            amounts.Add(("bare grouped", $"{thousands},000", EntityType.Money, v, null, "USD"));
            amounts.Add(("bare range", $"{thousands}-{thousands + 30}k", EntityType.Money, v, high, "USD"));
            amounts.Add(("per year", $"{thousands}k/yr", EntityType.Money, v, null, "USD"));
            amounts.Add(("bare M", $"{millions.ToString(CultureInfo.InvariantCulture)}M", EntityType.Money, millions * 1_000_000m, null, "USD"));
            amounts.Add(("spelled", $"{spelled} thousand dollars", EntityType.Money, v, null, "USD"));
        }
        foreach (var p in new[] { 10, 15, 20 })
        {
            amounts.Add(("percent sign", $"{p}%", EntityType.Percent, p, null, "%"));
            amounts.Add(("percent word", $"{p} percent", EntityType.Percent, p, null, "%"));
            amounts.Add(("pct", $"{p}pct", EntityType.Percent, p, null, "%"));
        }
        return [.. from t in Templates from a in amounts select new Case(a.Form, string.Format(CultureInfo.InvariantCulture, t, a.Text), a.Text, a.Type, a.Value, a.Max, a.Unit)];
    }

    [Fact]
    public void Ours_agrees_where_Recognizers_Text_is_right_and_is_right_on_more_chat_forms()
    {
        var cases = Cases();
        Assert.True(cases.Count >= 300, $"only {cases.Count} phrases");
        var recognizer = new ChatRecognizer();
        var disagreements = new List<string>();
        var oursWrong = new List<string>();
        var formsOursRight = new HashSet<string>(cases.Select(c => c.Form));
        var formsTheirsRight = new HashSet<string>(formsOursRight);
        var theirsRightCount = 0;
        foreach (var c in cases)
        {
            var ours = OursIsRight(recognizer, c);
            var theirs = TheirsIsRight(c);
            if (theirs) theirsRightCount++;
            else formsTheirsRight.Remove(c.Form);
            if (!ours)
            {
                formsOursRight.Remove(c.Form);
                oursWrong.Add($"{c.Form}: \"{c.Phrase}\" → {string.Join("; ", recognizer.Recognize(c.Phrase))}");
                if (theirs) disagreements.Add($"{c.Form}: \"{c.Phrase}\"");
            }
        }
        output.WriteLine($"{cases.Count} phrases; Recognizers-Text right on {theirsRightCount}, ours on {cases.Count - oursWrong.Count}.");
        output.WriteLine("Forms Recognizers-Text gets wrong by the spec: " + string.Join(", ", formsOursRight.Except(formsTheirsRight)));
        Assert.True(disagreements.Count == 0, "ours disagrees where Recognizers-Text is right:\n" + string.Join("\n", disagreements));
        Assert.True(oursWrong.Count == 0, "ours is wrong by the spec:\n" + string.Join("\n", oursWrong.Take(30)));
        Assert.True(formsOursRight.IsProperSupersetOf(formsTheirsRight),
            $"ours right on [{string.Join(", ", formsOursRight)}], Recognizers-Text on [{string.Join(", ", formsTheirsRight)}]");
    }

    private static bool OursIsRight(ChatRecognizer recognizer, Case c)
    {
        var found = recognizer.Recognize(c.Phrase).Where(e => e.Type is EntityType.Money or EntityType.Percent).ToList();
        return found.Count == 1 && found[0] is var e && e.Type == c.Type && e.Text == c.Amount && e.Start == c.Phrase.IndexOf(c.Amount, StringComparison.Ordinal)
               && e.Value == c.Value && e.Max == c.Max && e.Unit == c.Unit;
    }

    /// <summary>Right by the spec: exactly one result with our value and unit (a range read as two amounts is wrong).</summary>
    private static bool TheirsIsRight(Case c)
    {
        if (c.Type == EntityType.Percent)
        {
            var percents = NumberRecognizer.RecognizePercentage(c.Phrase, Culture.English);
            return percents.Count == 1 && ResolvedValue(percents[0], "%") == c.Value;
        }
        var money = NumberWithUnitRecognizer.RecognizeCurrency(c.Phrase, Culture.English);
        return c.Max is null && money.Count == 1 && ResolvedValue(money[0], "") == c.Value && CurrencyOf(money[0]) == c.Unit;
    }

    internal static decimal? ResolvedValue(ModelResult result, string trim) =>
        result.Resolution?.TryGetValue("value", out var v) == true && v is string s
        && decimal.TryParse(s.TrimEnd(trim.ToCharArray()), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : null;

    private static string? CurrencyOf(ModelResult result)
    {
        if (result.Resolution is null) return null;
        if (result.Resolution.TryGetValue("isoCurrency", out var iso) && iso is string code) return code;
        return result.Resolution.TryGetValue("unit", out var unit) ? unit switch { "Dollar" => "USD", "Euro" => "EUR", "Pound" or "British pound" => "GBP", _ => null } : null;
    }
}

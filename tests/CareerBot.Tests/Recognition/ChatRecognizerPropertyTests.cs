using System.Globalization;
using System.Text;
using CareerBot.Core.Recognition;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerBot.Tests.Recognition;

/// <summary>Chat-like text: fragments of amounts, names and separators mixed with random UTF-16 units (control characters and lone surrogates included).</summary>
public sealed record ChatText(string Value)
{
    public override string ToString() => string.Concat(Value.Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}

public static class ChatTextArbitrary
{
    private static readonly string[] Fragments =
    [
        "180", "k", "K", "m", "M", "$", "€", "£", "~", "%", "-", "–", "/", ",", ".", "(", ")", ":", " ", " ", " ", "  ", "\t", "\n",
        "000", "1.2", "401", "2024", "L5", "E6", "IC", "senior", "staff", "mid", "level", "new", "grad", "San", "Francisco", "NYC", "CV",
        "one", "hundred", "eighty", "thousand", "million", "dollars", "USD", "years", "yrs", "months", "y", "per", "year", "a", "cliff",
        "monthly", "after", "vesting", "over", "vest", "base", "stock", "of", "to", "percent", "pct", "x", "and", "5/15/40/40", "25",
        "😀", "\uD83D", "\uDE00", "\u0000", "\u200B", "\u00A0", "é", "٣",
    ];

    public static Arbitrary<ChatText> ChatText()
    {
        var randomUnit = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());
        var piece = Gen.Frequency((6, Gen.Elements(Fragments)), (2, Gen.Choose(0, 999_999).Select(n => n.ToString())), (2, randomUnit));
        return Gen.ListOf(piece).Select(parts => new ChatText(string.Concat(parts))).ToArbitrary();
    }
}

public class ChatRecognizerPropertyTests
{
    private static readonly ChatRecognizer Recognizer = new();

    [Property(Arbitrary = [typeof(ChatTextArbitrary)], MaxTest = 2000)]
    public bool Spans_are_ordered_non_overlapping_exact_and_whole_characters(ChatText input) => SpansAreWellFormed(input.Value);

    [Property(MaxTest = 1000)]
    public bool Arbitrary_strings_are_handled(string? input) => input is null || SpansAreWellFormed(input);

    [Property(Arbitrary = [typeof(ChatTextArbitrary)], MaxTest = 1000)]
    public bool ParseSingle_never_throws_and_covers_the_trimmed_value(ChatText input)
    {
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var e = ChatRecognizer.ParseSingle(input.Value, type);
            if (e is not null && (e.Text != input.Value.Trim() || e.Text != input.Value[e.Start..e.End])) return false;
        }
        return true;
    }

    [Property(MaxTest = 500)]
    public bool Written_amounts_resolve_exactly(PositiveInt thousands, byte cents)
    {
        var n = thousands.Get % 1_000_000;
        var grouped = (n * 1000m + cents / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);
        return Money($"offer is {n}k base", n * 1000m, "USD")
               && Money($"got ${grouped} total", n * 1000m + cents / 100m, "USD")
               && Money($"€{n}K", n * 1000m, "EUR")
               && Money($"{n} thousand pounds", n * 1000m, "GBP")
               && Money($"range {n}-{n + 1}k", n * 1000m, "USD", (n + 1) * 1000m)
               && ChatRecognizer.ParseSingle($"{n}", EntityType.Money)?.Value == n
               && ChatRecognizer.ParseSingle($"{cents}%", EntityType.Percent)?.Value == cents
               && ChatRecognizer.ParseSingle($"{cents}m", EntityType.Duration) is { Unit: "month" } d && d.Value == cents;
    }

    private static bool Money(string text, decimal value, string unit, decimal? max = null) =>
        Recognizer.Recognize(text).Where(e => e.Type == EntityType.Money).ToList() is [var e] && e.Value == value && e.Unit == unit && e.Max == max;

    [Fact]
    public void Hundred_kilobyte_inputs_are_handled()
    {
        var chat = new StringBuilder();
        while (chat.Length < 100_000) chat.Append("I got 180k base, 15% bonus, 5/15/40/40 over 4 years in SF as an L5; k8s 401k 2024 ~$200K–$230K. ");
        var recognized = Recognizer.Recognize(chat.ToString());
        Assert.True(recognized.Count > 5_000);
        Assert.True(SpansAreWellFormed(chat.ToString()));

        foreach (var pathological in new[]
                 {
                     new string('9', 100_000), string.Concat(Enumerable.Repeat("1/", 50_000)), string.Concat(Enumerable.Repeat("1-", 50_000)),
                     string.Concat(Enumerable.Repeat("one ", 25_000)), string.Concat(Enumerable.Repeat("$", 100_000)),
                     string.Concat(Enumerable.Repeat("k8", 50_000)), string.Concat(Enumerable.Repeat("1,000", 20_000)),
                     string.Concat(Enumerable.Repeat("\uD83D", 100_000)), string.Concat(Enumerable.Repeat("new ", 25_000)),
                 })
            Assert.True(SpansAreWellFormed(pathological));
    }

    private static bool SpansAreWellFormed(string text)
    {
        var entities = Recognizer.Recognize(text);
        var previousEnd = 0;
        foreach (var e in entities)
        {
            if (e.Start < previousEnd || e.End <= e.Start || e.End > text.Length) return false;
            if (e.Text != text[e.Start..e.End]) return false;
            // A span never cuts a surrogate pair in half.
            if (char.IsLowSurrogate(text[e.Start]) && e.Start > 0 && char.IsHighSurrogate(text[e.Start - 1])) return false;
            if (e.End < text.Length && char.IsLowSurrogate(text[e.End]) && char.IsHighSurrogate(text[e.End - 1])) return false;
            if (e.Type is EntityType.Money or EntityType.Percent or EntityType.Duration && (e.Value is null || e.Unit is null)) return false;
            if (e.Max is { } max && max < e.Value) return false;
            previousEnd = e.End;
        }
        return true;
    }
}

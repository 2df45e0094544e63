using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace CareerBot.Core.Recognition;

/// <summary>
/// Microsoft.Recognizers.Text's English currency, percentage and number models, run only on the stretches of a message
/// where <see cref="FallbackCues"/> found something the chat layer could not read. The models are built on first use, once
/// (seconds and tens of MB; docs/PERFORMANCE.md), once per process, so a bot whose members never type such a form never
/// pays for them.
/// </summary>
internal static class RecognizersTextFallback
{
    /// <summary>Text kept on each side of a cue, so the models see the whole phrase around it ("a quarter million us dollars").</summary>
    private const int Margin = 64;

    // The first caller's logger reports the load.
    private static ILogger? s_loadLogger;
    private static readonly Lazy<IModel[]?> Models = new(() => Load(s_loadLogger), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Entities that overlap a cue, ordered and not overlapping one another; empty when the models cannot run.</summary>
    public static List<Entity> Recognize(string text, List<TextSpan> cues, ILogger logger)
    {
        var found = new List<Entity>();
        s_loadLogger ??= logger;
        if (Models.Value is not { } models) return found;
        foreach (var window in Windows(text, cues))
        {
            var part = text[window.Start..window.End];
            // Currency first, then percent, then number: the first reading of a stretch wins ("75 USD million" is money, not 75).
            foreach (var model in models)
            {
                List<ModelResult> results;
                try
                {
                    results = model.Parse(part);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A bug in the library must not cost the member an answer: the chat layer's reading stands.
                    logger.LogWarning(e, "Recognizers-Text failed on a {Length}-character stretch; keeping the chat layer's reading", part.Length);
                    continue;
                }
                foreach (var result in results)
                    if (ToEntity(text, window.Start, result) is { } entity && Overlaps(cues, entity) && !Overlaps(found, entity))
                        found.Add(entity);
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static IModel[]? Load(ILogger? logger)
    {
        logger ??= Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        var clock = Stopwatch.StartNew();
        try
        {
            var numbers = new NumberRecognizer(Culture.English);
            IModel[] models = [new NumberWithUnitRecognizer(Culture.English).GetCurrencyModel(), numbers.GetPercentageModel(), numbers.GetNumberModel()];
            // Building a model compiles little; the first parse builds the rest. Do it here, once, not in a member's reply.
            foreach (var model in models) model.Parse("one hundred and sixteen dollars, minus five percent");
            logger.LogInformation("Loaded the Recognizers-Text currency, percentage and number models in {Milliseconds} ms", clock.ElapsedMilliseconds);
            return models;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Could not load the Recognizers-Text models; recognizing with the chat layer alone");
            return null;
        }
    }

    /// <summary>Each cue widened by <see cref="Margin"/> to whole words; overlapping windows merged.</summary>
    private static List<TextSpan> Windows(string text, List<TextSpan> cues)
    {
        var windows = new List<TextSpan>();
        foreach (var cue in cues)
        {
            var start = Math.Max(0, cue.Start - Margin);
            if (start > 0)
            {
                var space = text.AsSpan(start, cue.Start - start).IndexOfAny(' ', '\n', '\t');
                start = space < 0 ? cue.Start : start + space + 1;
            }
            var end = Math.Min(text.Length, cue.End + Margin);
            if (end < text.Length)
            {
                var space = text.AsSpan(cue.End, end - cue.End).LastIndexOfAny(' ', '\n', '\t');
                end = space < 0 ? cue.End : cue.End + space;
            }
            if (windows.Count > 0 && windows[^1].End >= start) windows[^1] = windows[^1] with { End = Math.Max(windows[^1].End, end) };
            else windows.Add(new TextSpan(start, end));
        }
        return windows;
    }

    private static Entity? ToEntity(string text, int offset, ModelResult result)
    {
        if (result.Resolution is not { } resolution || !resolution.TryGetValue("value", out var raw) || raw is not string value) return null;
        var start = offset + result.Start;
        var end = offset + result.End + 1; // Recognizers-Text's End is inclusive.
        if (start < 0 || end > text.Length || start >= end || IsPartOfName(text, start, end)) return null;
        var (type, unit) = result.TypeName switch
        {
            "currency" => (EntityType.Money, CurrencyCode(resolution)),
            "percentage" => (EntityType.Percent, "%"),
            "number" => (EntityType.Number, null),
            _ => (EntityType.Number, (string?)null),
        };
        if (!decimal.TryParse(value.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return null;
        var written = text[start..end];
        // A year is never an amount or a count (its model reads "in 2024" as the number 2024).
        if (type == EntityType.Number && written.Length == 4 && number is >= 1900m and <= 2100m && written.All(char.IsAsciiDigit)) return null;
        if (BreaksSpelledGrammar(written)) return null;
        return new Entity(type, written, start, end, number, unit);
    }

    /// <summary>
    /// The chat layer's rule for spelled numbers holds for the fallback too: one "hundred" per group, scales only falling.
    /// Recognizers-Text reads "one hundred one hundred …" (17 times) as 1601; that is no reading at all.
    /// </summary>
    private static bool BreaksSpelledGrammar(string written)
    {
        var groupHasHundred = false;
        var lastScale = decimal.MaxValue;
        foreach (var range in written.AsSpan().SplitAny(" -\t\n"))
        {
            if (ChatLexicon.Find(written.AsSpan(range)) is not { } word) continue;
            if (word.NumberKind == NumberWordKind.Hundred)
            {
                if (groupHasHundred) return true;
                groupHasHundred = true;
            }
            else if (word.NumberKind == NumberWordKind.Scale)
            {
                if (word.NumberValue >= lastScale) return true;
                lastScale = word.NumberValue;
                groupHasHundred = false;
            }
        }
        return false;
    }

    /// <summary>
    /// Digits glued to a name are part of it, as the chat layer treats them: L5, E6, p99, gpt-4, v1.2.3, 10.0.0.1, ids
    /// such as #4521 or user_42. A stretch touching a letter or digit, or touching one through a joiner, is not an entity.
    /// </summary>
    private static bool IsPartOfName(string text, int start, int end)
    {
        if (start > 0)
        {
            var before = text[start - 1];
            if (char.IsLetterOrDigit(before)) return true;
            if (before is '.' or '_' or '/' or '#' or '@' or ':' or '-' && (start < 2 || !char.IsWhiteSpace(text[start - 2]))) return true;
        }
        if (end < text.Length)
        {
            var after = text[end];
            if (char.IsLetterOrDigit(after)) return true;
            // "1.2" of 1.2.3 or "4" of 4-bit; but a worded unit may be hyphenated on ("a 12-cent-a-share dividend").
            if (after is '.' or '_' or '/' or '-' or ':' && char.IsDigit(text[end - 1]) && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])) return true;
        }
        return false;
    }

    /// <summary>The ISO code when Recognizers-Text gives one; a bare dollar, euro or pound as the chat layer reads it; else its unit name (Cent, Franc).</summary>
    private static string? CurrencyCode(SortedDictionary<string, object> resolution)
    {
        if (resolution.TryGetValue("isoCurrency", out var iso) && iso is string code && code.Length > 0) return code;
        return resolution.TryGetValue("unit", out var unit) && unit is string name
            ? name switch { "Dollar" => "USD", "Euro" => "EUR", "Pound" => "GBP", _ => name }
            : null;
    }

    private static bool Overlaps(List<TextSpan> spans, Entity entity)
    {
        foreach (var span in spans)
            if (span.Overlaps(entity.Start, entity.End)) return true;
        return false;
    }

    private static bool Overlaps(List<Entity> entities, Entity entity)
    {
        foreach (var other in entities)
            if (other.Start < entity.End && entity.Start < other.End) return true;
        return false;
    }
}

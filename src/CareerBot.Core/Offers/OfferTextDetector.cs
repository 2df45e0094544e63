using System.Text;
using CareerBot.Core.Commands;
using CareerBot.Core.Pipeline;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.Offers;

/// <summary>
/// Turns an offer written in plain language ("180k base, 30k bonus, 600k RSUs over 4 years and a 75k signing bonus")
/// into the /offer command. Each recognized amount is labelled by the words next to it (base/salary, bonus,
/// RSU/stock/equity, sign-on/signing, refresher, 401k match). It fires only when at least two amounts are labelled,
/// or one is and the message talks about an offer; a single bare figure ("is 180k good for a senior?", "is 300k TC good
/// for L5?") is left to the knowledge answer, which places it against sourced figures of the same kind in the conversation's context.
/// </summary>
public sealed class OfferTextDetector : IFreeTextCommandDetector
{
    private static readonly char[] Delimiters = [',', ';', '.', '!', '?', '—', '–', '(', ')', '\n'];
    private static readonly string[] Joiners = ["and", "plus", "with", "also"];
    private static readonly string[] OfferWords = ["offer", "offered", "tc", "package", "first-year", "comp", "compensation"];
    // "is the 130k-160k base or total comp?" asks what a figure is; it is not an offer.
    private static readonly string[] BaseOrTotal = ["base or ", " or base", " or total", " or tc"];

    public ParsedCommand? Detect(string text, IReadOnlyList<Entity> entities)
    {
        var amounts = entities.Where(e => e.Type is EntityType.Money or EntityType.Percent).ToList();
        if (amounts.Count == 0 || BaseOrTotal.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase))) return null;
        var labelFirst = amounts.FirstOrDefault(e => e.Type == EntityType.Money) is { } first && Label(Before(text, first, entities), first) is not null;
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var amount in amounts)
        {
            var before = Label(Before(text, amount, entities), amount);
            var after = Label(After(text, amount, entities), amount);
            var label = labelFirst ? before ?? after : after ?? before;
            if (label is null) continue;
            // The same part twice ("180k base or 200k base") is not one offer.
            if (!options.TryAdd(label, amount.Text)) return null;
        }
        if (options.Count == 0) return null;
        var moneyLabels = options.Keys.Count(k => k is "base" or "bonus" or "stock" or "signon" or "refresh" or "match");
        if (moneyLabels == 0 || (options.Count < 2 && !Words(text).Any(w => OfferWords.Contains(w)))) return null;

        if (entities.FirstOrDefault(e => e.Type == EntityType.Vesting && e.Canonical == "cliff") is { Value: { } cliff })
            options["cliff"] = $"{cliff:0.##}m";
        if (entities.FirstOrDefault(e => e.Type == EntityType.Vesting && e.Canonical != "cliff") is { } vesting && VestingValue(vesting) is { } v)
        {
            if (v.Frequency is { } frequency) options["frequency"] = frequency;
            if (v.Schedule is { } schedule) options["vesting"] = schedule;
            if (v.CliffMonths is { } months) options.TryAdd("cliff", $"{months:0.##}m");
        }
        // "600k RSUs over 4 years": a plain duration after "over" or "vest…" is the vesting period.
        if (options.ContainsKey("stock") && !options.ContainsKey("vesting")
            && entities.FirstOrDefault(e => e.Type == EntityType.Duration && e.Value is not null && Words(Before(text, e, entities)).Any(w => w == "over" || w.StartsWith("vest", StringComparison.Ordinal))) is { } period)
            options["vesting"] = $"{period.Value:0.##}{(period.Unit == "month" ? "m" : "y")}";
        if (entities.FirstOrDefault(e => e.Type == EntityType.Level) is { Canonical: { } level })
            options["level"] = level == "principal" ? "staff" : level;
        return new ParsedCommand(CommandCatalog.Offer.Name, options, [], Arguments(options));
    }

    /// <summary>The option a number belongs to, from the words around it; null when they name none.</summary>
    private static string? Label(string window, Entity amount)
    {
        var words = Words(window).ToList();
        bool Has(Func<string, bool> test) => words.Any(test);
        if (amount.Type == EntityType.Percent)
        {
            if (Has(w => w.StartsWith("bonus", StringComparison.Ordinal))) return "bonus";
            if (Has(w => w is "match" or "401k" or "401(k)" or "matching")) return "match";
            if (Has(w => w.StartsWith("grow", StringComparison.Ordinal) || w is "appreciation")) return "growth";
            return null;
        }
        if (Has(w => w.StartsWith("sign", StringComparison.Ordinal) || w is "joining")) return "signon";
        if (Has(w => w.StartsWith("refresh", StringComparison.Ordinal))) return "refresh";
        if (Has(w => w is "match" or "401k" or "401(k)" or "matching")) return "match";
        if (Has(w => w is "rsu" or "rsus" or "stock" or "stocks" or "equity" or "shares" or "grant" or "options")) return "stock";
        if (Has(w => w is "bonus" or "bonuses")) return "bonus";
        if (Has(w => w is "base" or "salary")) return "base";
        return null;
    }

    /// <summary>Text between the amount and the previous delimiter, joiner ("and") or entity.</summary>
    private static string Before(string text, Entity amount, IReadOnlyList<Entity> entities)
    {
        var start = entities.Where(e => e.End <= amount.Start).Select(e => e.End).DefaultIfEmpty(0).Max();
        var window = text[start..amount.Start];
        var cut = window.LastIndexOfAny(Delimiters);
        if (cut >= 0) window = window[(cut + 1)..];
        var words = window.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joiner = Array.FindLastIndex(words, w => Joiners.Contains(w.ToLowerInvariant()));
        return string.Join(' ', words.Skip(joiner + 1));
    }

    /// <summary>Text between the amount and the next delimiter, joiner or money/percent amount.</summary>
    private static string After(string text, Entity amount, IReadOnlyList<Entity> entities)
    {
        var end = entities.Where(e => e.Start >= amount.End && e.Type is EntityType.Money or EntityType.Percent).Select(e => e.Start).DefaultIfEmpty(text.Length).Min();
        var window = text[amount.End..end];
        var cut = window.IndexOfAny(Delimiters);
        if (cut >= 0) window = window[..cut];
        var words = window.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joiner = Array.FindIndex(words, w => Joiners.Contains(w.ToLowerInvariant()));
        return string.Join(' ', joiner < 0 ? words : words.Take(joiner));
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '(' or ')') word.Append(char.ToLowerInvariant(c));
            else if (word.Length > 0) { yield return word.ToString().Trim('(', ')', '-'); word.Clear(); }
        }
    }

    private sealed record VestingParts(string? Schedule, string? Frequency, decimal? CliffMonths);

    private static VestingParts? VestingValue(Entity vesting) => vesting.Canonical switch
    {
        "monthly" or "quarterly" or "annual" => new VestingParts(null, vesting.Canonical, vesting.Value),
        "even" when vesting.Value is { } length => new VestingParts($"{length:0.##}{(vesting.Unit == "month" ? "m" : "y")}", null, null),
        _ when vesting.Schedule is { Count: > 0 } schedule => new VestingParts(string.Join('-', schedule.Select(p => p.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))), null, null),
        _ => null,
    };

    /// <summary>The options written back in the command syntax, quoting values with spaces.</summary>
    private static string Arguments(IReadOnlyDictionary<string, string> options) =>
        string.Join(' ', CommandCatalog.OfferOptions.Where(o => options.ContainsKey(o.Name))
            .Select(o => options[o.Name].Contains(' ') ? $"{o.Name}:\"{options[o.Name]}\"" : $"{o.Name}:{options[o.Name]}"));
}

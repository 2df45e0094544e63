using System.Text;
using CareerBot.Core.Commands;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.Offers;

/// <summary>
/// Turns an offer written in plain language ("180k base, 30k bonus, 600k RSUs over 4 years and a 75k signing bonus")
/// into the /offer command. Each recognized amount is labelled by the words next to it (base/salary, bonus,
/// RSU/stock/equity, sign-on/signing, refresher, 401k match). It fires only when at least two amounts are labelled,
/// or one is and the message talks about an offer; a single bare figure ("is 180k good for a senior?", "is 300k TC good
/// for L5?") is left to the knowledge answer, which places it against sourced figures of the same kind in the conversation's
/// context. A stock figure said to be yearly ("100k/yr in RSUs") becomes <c>stock:100k/yr</c>, a percent next to "equity"
/// becomes <c>stock:0.1%</c>, and a part named twice starts a second offer: two offers become /compare.
/// </summary>
public sealed class OfferTextDetector : IFreeTextCommandDetector
{
    private static readonly char[] Delimiters = [',', ';', '.', '!', '?', '—', '–', '(', ')', '+', '\n'];
    private static readonly string[] Joiners = ["and", "plus", "with", "also"];
    private static readonly string[] OfferWords = ["offer", "offered", "tc", "package", "first-year", "comp", "compensation"];
    // "is the 130k-160k base or total comp?" asks what a figure is; it is not an offer.
    private static readonly string[] BaseOrTotal = ["base or ", " or base", " or total", " or tc"];

    public ParsedCommand? Detect(string text, IReadOnlyList<Entity> entities)
    {
        var parts = Parts(text, entities);
        if (parts is null) return null;
        if (parts.Count == 0) return null;
        var offers = SplitOffers(parts);
        if (offers.Count == 2) return Comparison(text, entities, offers);
        if (offers.Count > 1) return null;
        var moneyLabels = parts.Count(p => p.Label is "base" or "bonus" or "stock" or "signon" or "refresh" or "match");
        if (moneyLabels == 0 || (parts.Count < 2 && !Words(text).Any(w => OfferWords.Contains(w)))) return null;
        var options = Options(text, entities, parts, 0, text.Length);
        return new ParsedCommand(CommandCatalog.Offer.Name, options, [], Arguments(options, '"'));
    }

    /// <summary>One part of an offer found in a message: the option it fills and the value to give it.</summary>
    internal sealed record Part(string Label, Entity Amount, string Value);

    /// <summary>The labelled amounts of a message in order; null when it has no amount at all.</summary>
    internal static List<Part>? Parts(string text, IReadOnlyList<Entity> entities)
    {
        var bare = entities.Where(IsBareThousands).ToDictionary(e => e, e => e with { Type = EntityType.Money, Value = e.Value * 1000, Unit = "USD", Text = e.Text + "k" });
        var offerTalk = Words(text).Any(w => OfferWords.Contains(w));
        if (!entities.Any(e => e.Type is EntityType.Money or EntityType.Percent) && !(offerTalk && bare.Count >= 2)
            || BaseOrTotal.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase))) return null;
        var amounts = entities.Where(e => e.Type is EntityType.Money or EntityType.Percent || bare.ContainsKey(e)).Select(e => bare.GetValueOrDefault(e, e)).ToList();
        var labelFirst = amounts.FirstOrDefault(e => e.Type == EntityType.Money) is { } first && Label(Before(text, first, entities), first.Type, false) is not null;
        // Labels come before the amounts ("base 180k, bonus 20k") or after them ("180k base 20k bonus"); the reading that
        // names more different parts wins, so "170k base 10% bonus 120k stock" is not read as two bonuses.
        var (before, after) = (Labelled(text, entities, amounts, labelFirst: true), Labelled(text, entities, amounts, labelFirst: false));
        var (namesBefore, namesAfter) = (before.DistinctBy(p => p.Label).Count(), after.DistinctBy(p => p.Label).Count());
        var parts = namesBefore == namesAfter ? (labelFirst ? before : after) : namesBefore > namesAfter ? before : after;
        // "170 base" is chat for 170k beside an amount written as one, or in an offer of bare figures ("offer is 185 base
        // and 25 signing"); alone, a bare number may be anything.
        var synthetic = bare.Values.ToHashSet();
        return parts.All(p => synthetic.Contains(p.Amount)) && !(offerTalk && parts.Count >= 2) ? [] : parts;
    }

    /// <summary>A whole number from 20 to 999 with no unit: "170" in "170 base", which chat means as thousands.</summary>
    private static bool IsBareThousands(Entity e) => e is { Type: EntityType.Number, Value: >= 20 and < 1000 } && e.Value % 1 == 0;

    private static List<Part> Labelled(string text, IReadOnlyList<Entity> entities, List<Entity> amounts, bool labelFirst)
    {
        var parts = new List<Part>();
        foreach (var amount in amounts)
        {
            var before = Before(text, amount, entities);
            var after = After(text, amount, entities);
            var label = labelFirst ? Label(before, amount.Type, false) ?? Label(after, amount.Type, true) : Label(after, amount.Type, true) ?? Label(before, amount.Type, false);
            // "startup: 140k + 0.5% equity": the bare amount right after an offer's name is its salary.
            if (label is null && amount.Type == EntityType.Money && before.TrimEnd().EndsWith(':')) label = "base";
            if (label is null) continue;
            parts.Add(new Part(label, amount, Value(text, label, amount, before, entities)));
        }
        return parts;
    }

    /// <summary>The option a part of an offer is called by ("the sign-on", "RSUs"), or null when the words name none.</summary>
    internal static string? PartNamed(string words) => Label(words, EntityType.Money, true);

    /// <summary>A stock figure said to be yearly ("100k/yr in RSUs", "100k RSUs per year") is written as a yearly value.</summary>
    private static string Value(string text, string label, Entity amount, string before, IReadOnlyList<Entity> entities)
    {
        if (label != "stock" || amount.Type != EntityType.Money) return amount.Text;
        var (figure, perYear) = PerYearWording.Split(amount.Text);
        var nextEntity = entities.Where(e => e.Start >= amount.End).Select(e => e.Start).DefaultIfEmpty(text.Length).Min();
        var near = text[amount.End..nextEntity];
        var cut = near.IndexOfAny(Delimiters);
        return perYear || PerYearWording.Mentions(before) || PerYearWording.Mentions(cut < 0 ? near : near[..cut]) ? figure + "/yr" : amount.Text;
    }

    /// <summary>Parts in order, a new offer starting where a part repeats ("A is 175k base …, B is 195k base …").</summary>
    private static List<List<Part>> SplitOffers(List<Part> parts)
    {
        var offers = new List<List<Part>> { new() };
        foreach (var part in parts)
        {
            if (offers[^1].Any(p => p.Label == part.Label)) offers.Add([]);
            offers[^1].Add(part);
        }
        return offers;
    }

    /// <summary>
    /// Two offers in one message become /compare. Each must have a base and one more part: "180k base or 200k base?"
    /// is a question about base pay, which the knowledge base's ranges answer better than a table.
    /// </summary>
    private static ParsedCommand? Comparison(string text, IReadOnlyList<Entity> entities, List<List<Part>> offers)
    {
        if (offers.Any(o => o.Count < 2 || o.All(p => p.Label != "base"))) return null;
        var split = WindowStart(text, offers[1][0].Amount, entities);
        var a = Options(text, entities, offers[0], 0, split);
        var b = Options(text, entities, offers[1], split, text.Length);
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["a"] = Arguments(a, '\''), ["b"] = Arguments(b, '\'') };
        return new ParsedCommand(CommandCatalog.Compare.Name, options, [], $"a:\"{options["a"]}\" b:\"{options["b"]}\"");
    }

    /// <summary>The /offer options of one offer: its parts, and the vesting, cliff and level written between <paramref name="from"/> and <paramref name="to"/>.</summary>
    internal static Dictionary<string, string> Options(string text, IReadOnlyList<Entity> all, List<Part> parts, int from, int to)
    {
        var options = parts.ToDictionary(p => p.Label, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var entities = all.Where(e => e.Start >= from && e.End <= to).ToList();
        if (entities.FirstOrDefault(e => e.Type == EntityType.Vesting && e.Canonical == "cliff") is { Value: { } cliff })
            options["cliff"] = $"{cliff:0.##}m";
        if (entities.FirstOrDefault(e => e.Type == EntityType.Vesting && e.Canonical != "cliff") is { } vesting && VestingValue(vesting) is { } v)
        {
            if (v.Frequency is { } frequency) options["frequency"] = frequency;
            if (v.Schedule is { } schedule) options["vesting"] = schedule;
            if (v.CliffMonths is { } months) options.TryAdd("cliff", $"{months:0.##}m");
        }
        // "600k RSUs over 4 years", "320k rsu/4y": a plain duration after "over", "vest…" or a slash is the vesting period.
        if (options.ContainsKey("stock") && !options.ContainsKey("vesting")
            && entities.FirstOrDefault(e => e.Type == EntityType.Duration && e.Value is not null && IsVestingPeriod(Before(text, e, all))) is { } period)
            options["vesting"] = $"{period.Value:0.##}{(period.Unit == "month" ? "m" : "y")}";
        if ((entities.FirstOrDefault(e => e.Type == EntityType.Level) ?? all.FirstOrDefault(e => e.Type == EntityType.Level)) is { Canonical: { } level })
            options["level"] = level == "principal" ? "staff" : level;
        return options;
    }

    private static bool IsVestingPeriod(string before) =>
        before.TrimEnd().EndsWith('/') || Words(before).Any(w => w == "over" || w.StartsWith("vest", StringComparison.Ordinal));

    /// <summary>
    /// The option a number of <paramref name="type"/> belongs to, from the words around it; null when they name none.
    /// <paramref name="afterAmount"/> says which side of the number the window is, so "next to it" is measured from the number.
    /// </summary>
    private static string? Label(string window, EntityType type, bool afterAmount)
    {
        var words = Words(window).ToList();
        bool Has(Func<string, bool> test) => words.Any(test);
        if (type == EntityType.Percent)
        {
            if (Has(w => w.StartsWith("bonus", StringComparison.Ordinal))) return "bonus";
            if (Has(w => w is "match" or "401k" or "401(k)" or "matching")) return "match";
            if (Has(w => w.StartsWith("grow", StringComparison.Ordinal) || w is "appreciation")) return "growth";
            // "0.1% equity", "equity of 0.1%": a share of the company, which the reader asks a valuation for. Only right
            // next to the percent, whatever follows ("0.1% equity at a startup with 140k"): in "20% of my comp is stock"
            // the percent is not equity.
            var nextToPercent = afterAmount ? words.Take(2) : words.TakeLast(2);
            if (nextToPercent.Any(IsStockWord)) return "stock";
            return null;
        }
        if (Has(w => w.StartsWith("sign", StringComparison.Ordinal) || w is "joining")) return "signon";
        if (Has(w => w.StartsWith("refresh", StringComparison.Ordinal))) return "refresh";
        if (Has(w => w is "match" or "401k" or "401(k)" or "matching")) return "match";
        if (Has(IsStockWord)) return "stock";
        if (Has(w => w is "bonus" or "bonuses")) return "bonus";
        if (Has(w => w is "base" or "salary")) return "base";
        return null;
    }

    private static bool IsStockWord(string w) => w is "rsu" or "rsus" or "stock" or "stocks" or "equity" or "shares" or "grant" or "options";

    /// <summary>Text between the amount and the previous delimiter, joiner ("and") or entity.</summary>
    private static string Before(string text, Entity amount, IReadOnlyList<Entity> entities)
    {
        var words = text[WindowStart(text, amount, entities)..amount.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joiner = Array.FindLastIndex(words, w => Joiners.Contains(w.ToLowerInvariant()));
        return string.Join(' ', words.Skip(joiner + 1));
    }

    /// <summary>Where the words that may label an amount start: after the previous entity or delimiter.</summary>
    private static int WindowStart(string text, Entity amount, IReadOnlyList<Entity> entities)
    {
        var start = entities.Where(e => e.End <= amount.Start).Select(e => e.End).DefaultIfEmpty(0).Max();
        var cut = amount.Start > start ? text.LastIndexOfAny(Delimiters, amount.Start - 1, amount.Start - start) : -1;
        return cut >= 0 ? cut + 1 : start;
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
    private static string Arguments(IReadOnlyDictionary<string, string> options, char quote) =>
        string.Join(' ', CommandCatalog.OfferOptions.Where(o => options.ContainsKey(o.Name))
            .Select(o => options[o.Name].Contains(' ') ? $"{o.Name}:{quote}{options[o.Name]}{quote}" : $"{o.Name}:{options[o.Name]}"));
}

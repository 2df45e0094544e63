using System.Text;

namespace CareerBot.Core.Offers;

/// <summary>
/// "why does year 1 pay more?", "why does it drop in year 2?", "how come year 4 is higher than year 3": explains the
/// difference between two years of an offer from the calculator's own inputs (sign-on, vesting shares, cliff, refreshers).
/// </summary>
public static class OfferYearExplanation
{
    private static readonly string[] Comparisons =
        ["more", "less", "higher", "lower", "bigger", "smaller", "drop", "drops", "dip", "dips", "jump", "jumps", "different", "differ", "change", "changes", "down", "up", "fall", "falls", "falling"];

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    private static readonly string[] Numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>Whether the words ask why years differ: a why-word and a year or a comparison.</summary>
    public static bool Asks(IReadOnlyList<string> words)
    {
        var why = words.Contains("why") || words.Contains("explain") || (words.Contains("how") && words.Contains("come"));
        return why && (YearsNamed(words, int.MaxValue).Count > 0 || words.Any(w => Comparisons.Contains(w)));
    }

    /// <summary>
    /// "what does year 2 look like", "and the 4th year?": a year named, no why (that is <see cref="Asks"/>), and short or
    /// pointing at the offer, so "what do people make in their first year out of school" stays a question for the knowledge base.
    /// </summary>
    public static bool AsksForYear(IReadOnlyList<string> words) =>
        !Asks(words) && YearsNamed(words, int.MaxValue).Count > 0
        && (words.Count <= 8 || words.Any(w => w is "that" or "it" or "this" or "my" or "offer" or "the offer's" or "its"));

    /// <summary>The years a message names, each as its parts, from the offer's own table.</summary>
    public static string DescribeYears(OfferBreakdown offer, IReadOnlyList<string> words)
    {
        var count = offer.Years.Count;
        var asked = YearsNamed(words, count).Distinct().ToList();
        if (asked.Any(y => y > count))
            return $"That offer's table has {count} years, so there is no year {asked.Max()} in it. Ask about years 1 to {count}.";
        string Money(decimal amount) => OfferMarkdown.Money(amount, offer);
        var sb = new StringBuilder();
        foreach (var number in asked)
        {
            var year = offer.Years[number - 1];
            var parts = new List<string> { $"base {Money(year.Base)}" };
            if (year.Bonus > 0) parts.Add($"bonus {Money(year.Bonus)}");
            if (year.Stock > 0) parts.Add($"stock {Money(year.Stock)}");
            if (year.SignOn > 0) parts.Add($"sign-on {Money(year.SignOn)}");
            if (year.Other > 0) parts.Add($"401(k) match {Money(year.Other)}");
            sb.Append($"**Year {number}: {Money(year.Total)}** = {string.Join(" + ", parts)}.");
            if (year.SignOn == 0 && offer.Years.Any(y => y.SignOn > 0))
                sb.Append(" No sign-on this year: ").Append(SignOnReason(offer.Terms, Money));
            if (offer.Terms.CliffMonths is { } cliff && cliff > 12 * (number - 1) && cliff <= 12 * number && offer.Years.Any(y => y.Stock > 0))
                sb.Append($" With the {cliff}-month cliff nothing vests before month {cliff}; what would have vested before then vests at the cliff.");
            sb.Append('\n');
        }
        return sb.ToString().TrimEnd();
    }

    public static string Explain(OfferBreakdown offer, IReadOnlyList<string> words)
    {
        var count = offer.Years.Count;
        if (count < 2)
            return $"That offer's table has one year only ({OfferMarkdown.Money(offer.FirstYearTotal, offer)}), so there is no other year to compare it with.";
        var named = YearsNamed(words, count);
        if (YearsNamed(words, int.MaxValue).Any(y => y > count))
            return $"That offer's table has {count} years, so there is no year {YearsNamed(words, int.MaxValue).Max()} to explain. Ask about years 1 to {count}.";
        var (a, b) = named switch
        {
            [var one, var other, ..] when one != other => (Math.Min(one, other), Math.Max(one, other)),
            [1, ..] or [] => (1, 2),
            [var n, ..] => (n - 1, n),
        };
        var (ya, yb) = (offer.Years[a - 1], offer.Years[b - 1]);
        string Money(decimal amount) => OfferMarkdown.Money(amount, offer);
        var sb = new StringBuilder($"**Year {a}: {Money(ya.Total)}**, **year {b}: {Money(yb.Total)}**");
        if (ya.Total == yb.Total)
            return sb.Append($": the same. Base, bonus and stock vesting in this offer give both years the same total.").ToString();
        var more = ya.Total > yb.Total ? a : b;
        sb.Append($" — year {more} pays {Money(Math.Abs(ya.Total - yb.Total))} more, because of what differs between them:\n");
        if (ya.SignOn != yb.SignOn)
            sb.Append($"- **Sign-on** {Money(ya.SignOn)} vs {Money(yb.SignOn)}: {SignOnReason(offer.Terms, Money)}\n");
        if (ya.Stock != yb.Stock)
            sb.Append($"- **Stock** {Money(ya.Stock)} vs {Money(yb.Stock)}: {string.Join(' ', StockReasons(offer.Terms, a, b, Money))}\n");
        if (ya.Base + ya.Bonus + ya.Other == yb.Base + yb.Bonus + yb.Other)
            sb.Append($"\nBase, bonus and 401(k) match are the same in both years (the calculator assumes no raises).");
        return sb.ToString();
    }

    private static string SignOnReason(OfferTerms terms, Func<decimal, string> money) => terms.SignOn2 > 0
        ? $"the sign-on is paid as given, {money(terms.SignOn ?? 0m)} in year 1 and {money(terms.SignOn2.Value)} in year 2, and never again."
        : $"the {money(terms.SignOn ?? 0m)} sign-on bonus is paid once, in year 1.";

    private static IEnumerable<string> StockReasons(OfferTerms terms, int a, int b, Func<decimal, string> money)
    {
        var schedule = terms.Vesting ?? VestingSchedule.Even(OfferCalculator.DefaultYears);
        var grant = terms.Stock ?? terms.StockPerYear * schedule.Years;
        if (grant > 0)
        {
            string Share(int year) => year <= schedule.Years ? MoneyText.Percent(schedule.PercentInYear(year - 1)) : "0%";
            if (b > schedule.Years)
                yield return $"the {money(grant.Value)} grant vests {Share(a)} in year {a} and has fully vested by the end of year {schedule.Years}.";
            else if (Share(a) != Share(b))
                yield return $"the {money(grant.Value)} grant vests {Share(a)} in year {a} and {Share(b)} in year {b} ({schedule.Describe()} by year).";
            if (terms.CliffMonths is { } cliff && cliff >= 12 * a)
                yield return $"With a {cliff}-month cliff nothing vests before month {cliff}.";
        }
        if (terms.Refresh > 0)
            yield return $"A {money(terms.Refresh.Value)} refresher is granted every year and each starts vesting the next year, so later years have more grants vesting.";
        if (terms.GrowthPercent is { } growth and not 0)
            yield return $"The stock price is assumed to change {MoneyText.Percent(growth)} a year.";
    }

    /// <summary>Years a message names: "year 1", "yr2", "y1", "the first year", "year one", "last year" (the table's last).</summary>
    private static List<int> YearsNamed(IReadOnlyList<string> words, int lastYear)
    {
        var years = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : "";
            if (word is "year" or "yr" or "y" && Number(next) is { } n) years.Add(n);
            else if (Prefixed(word) is { } joined) years.Add(joined);
            else if (next is "year" or "yr" && Ordinal(word) is { } ordinal) years.Add(ordinal);
            else if (next is "year" or "yr" && word == "last" && lastYear != int.MaxValue) years.Add(lastYear);
        }
        return years;
    }

    private static int? Number(string word) =>
        int.TryParse(word, out var n) && n is > 0 and <= VestingSchedule.MaxYears ? n : Array.IndexOf(Numbers, word) is >= 0 and var i ? i + 1 : null;

    /// <summary>first, 2nd, third.</summary>
    private static int? Ordinal(string word) =>
        Array.IndexOf(Ordinals, word) is >= 0 and var i ? i + 1
        : word.Length > 2 && word[^2..] is "st" or "nd" or "rd" or "th" ? Number(word[..^2]) : null;

    /// <summary>y1, yr2, year3.</summary>
    private static int? Prefixed(string word)
    {
        foreach (var prefix in new[] { "year", "yr", "y" })
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.Ordinal) && Number(word[prefix.Length..]) is { } n)
                return n;
        return null;
    }
}

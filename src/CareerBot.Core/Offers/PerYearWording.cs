namespace CareerBot.Core.Offers;

/// <summary>
/// "100k/yr", "100k a year", "100k annually": an amount written as a yearly figure. For stock that matters: a grant is
/// the total over the vesting period, so a yearly figure has to be multiplied out rather than read as the grant.
/// </summary>
public static class PerYearWording
{
    private static readonly string[] Suffixes =
        ["/yr", "/year", "/y", "/annum", " per year", " a year", " per yr", " a yr", " per annum", " pa", " p.a.", " each year", " every year", " yearly", " annually"];

    private static readonly string[] PeriodWords = ["year", "yr", "annum"];

    /// <summary>The amount without a trailing yearly period, and whether it had one ("100k/yr" → "100k", true).</summary>
    public static (string Amount, bool PerYear) Split(string value)
    {
        var trimmed = value.Trim();
        foreach (var suffix in Suffixes)
            if (trimmed.Length > suffix.Length && trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return (trimmed[..^suffix.Length].TrimEnd(), true);
        return (trimmed, false);
    }

    /// <summary>Whether the words next to an amount say it is yearly: "RSUs per year", "annual stock", "RSU/yr".</summary>
    public static bool Mentions(string window)
    {
        var words = window.ToLowerInvariant().Replace("/", " / ", StringComparison.Ordinal)
            .Split([' ', ',', ':', '?', '!', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is "annually" or "yearly" or "annual") return true;
            if (i > 0 && PeriodWords.Contains(words[i]) && words[i - 1] is "per" or "a" or "each" or "every" or "/") return true;
        }
        return false;
    }
}

namespace CareerBot.Core.Offers;

/// <summary>Two offers compared side by side: offer A and offer B, as the calculator reads them.</summary>
public sealed record OfferPair(OfferInput A, OfferInput B)
{
    /// <summary>Both offers worked out over the same number of years (the longer one's), so every row and total compares like with like.</summary>
    public (OfferBreakdown A, OfferBreakdown B) Calculate()
    {
        var years = Math.Max(OfferCalculator.YearsNeeded(A.Terms!), OfferCalculator.YearsNeeded(B.Terms!));
        return (OfferCalculator.Calculate(A.Terms!, years), OfferCalculator.Calculate(B.Terms!, years));
    }

    /// <summary>What the member called the offers ("startup", "bigco"), lower-case, when the message named them; follow-ups may use the names.</summary>
    public (string A, string B)? Names { get; init; }

    /// <summary>
    /// The names a message gives two offers in order, each a word right before a colon: "startup: 140k + 0.5% equity.
    /// bigco: 150k base …" → (startup, bigco); null when it does not name two.
    /// </summary>
    public static (string A, string B)? NamesIn(string text)
    {
        var names = new List<string>();
        var words = text.ToLowerInvariant().Split([' ', '\n', '\t', '.', ','], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
            if (word.Length > 2 && word.EndsWith(':') && word[..^1].All(char.IsLetterOrDigit) && !NotNames.Contains(word[..^1]) && !names.Contains(word[..^1]))
                names.Add(word[..^1]);
        return names.Count == 2 ? (names[0], names[1]) : null;
    }

    // Option names ("base: 180k") and words that introduce the offers ("offers: …") are not what an offer is called.
    private static readonly string[] NotNames = ["offer", "offers", "base", "bonus", "stock", "rsu", "rsus", "equity", "signon", "vesting", "cliff", "refresh", "match", "growth", "level"];
}

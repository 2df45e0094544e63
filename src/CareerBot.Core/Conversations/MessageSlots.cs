using CareerBot.Core.Recognition;

namespace CareerBot.Core.Conversations;

/// <summary>
/// The slots one message names: level (and a company's own level such as L6), place, employer, specialization,
/// currency, years of experience, and a pay figure with what the member calls it (base or total comp).
/// <see cref="Spans"/> are the character ranges that named them, so the rest of the message can be judged on its own.
/// </summary>
public sealed record MessageSlots
{
    public string? Level { get; init; }
    public string? CompanyLevel { get; init; }
    public Place? Place { get; init; }
    public string? Employer { get; init; }
    public string? Specialization { get; init; }
    public string? Currency { get; init; }
    public decimal? YearsOfExperience { get; init; }
    public Entity? Figure { get; init; }

    /// <summary>Above this, an amount is not one person's pay (a valuation, a funding round) and is never placed against pay figures.</summary>
    public const decimal MaxPayFigure = 10_000_000m;
    public FigureKind FigureKind { get; init; }
    public IReadOnlyList<Range> Spans { get; init; } = [];

    public bool Any => Level is not null || Place is not null || Employer is not null || Specialization is not null || YearsOfExperience is not null
        || Currency is not null;

    private static readonly string[] ExperienceWords = ["yoe", "experience", "exp", " in", "into", "of work", "in the industry", "in industry"];
    private static readonly string[] TotalWords = ["tc", "total comp", "total compensation", "all in", "all-in", "total pay"];
    private static readonly string[] BaseWords = ["base", "salary"];
    // Currencies named without an amount ("in euros?"): the figures stay in US dollars, and the reply says so.
    private static readonly IReadOnlyDictionary<string, string> CurrencyNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["euros"] = "EUR", ["euro"] = "EUR", ["eur"] = "EUR", ["pounds"] = "GBP", ["gbp"] = "GBP", ["cad"] = "CAD", ["canadian dollars"] = "CAD",
        ["rupees"] = "INR", ["inr"] = "INR", ["yen"] = "JPY", ["usd"] = "USD", ["dollars"] = "USD", ["chf"] = "CHF", ["francs"] = "CHF",
    };

    // Plurals the recognizer leaves to the router ("london for seniors").
    private static readonly IReadOnlyDictionary<string, string> PluralLevels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["seniors"] = "senior", ["juniors"] = "entry", ["grads"] = "entry", ["principals"] = "staff",
    };

    public static MessageSlots Read(string text, IReadOnlyList<Entity> entities)
    {
        var spans = new List<Range>();
        var lower = text.ToLowerInvariant();
        string? level = null, companyLevel = null, specialization = null;
        Place? place = null;
        decimal? years = null;
        foreach (var e in entities)
        {
            switch (e.Type)
            {
                case EntityType.Level:
                    level ??= e.Canonical == "principal" ? "staff" : e.Canonical;
                    if (IsCompanyLevel(e.Text)) companyLevel ??= e.Text.ToUpperInvariant();
                    break;
                case EntityType.Place when e.Canonical != "remote":
                    place ??= PlaceNames.FromCanonical(e.Canonical!);
                    break;
                case EntityType.Specialization:
                    specialization ??= e.Canonical;
                    break;
                case EntityType.Duration when e.Unit == "year" && e.Max is null && IsExperience(lower, e):
                    years ??= e.Value;
                    break;
                case EntityType.Money or EntityType.Percent:
                    break;
                default:
                    continue;
            }
            spans.Add(e.Start..e.End);
        }
        level ??= FindWord(lower, PluralLevels, spans);
        place ??= FindWord(lower, PlaceNames.Regions, spans);
        var employer = FindWord(lower, EmployerNames.Known, spans);
        // A pay figure, not a company's valuation or a funding round ("the startup last raised at 100M").
        var figure = entities.FirstOrDefault(e => e.Type == EntityType.Money && e.Value <= MaxPayFigure);
        return new MessageSlots
        {
            Level = level,
            CompanyLevel = companyLevel,
            Place = place,
            Employer = employer,
            Specialization = specialization,
            Currency = figure?.Unit ?? FindWord(lower, CurrencyNames, spans),
            YearsOfExperience = years,
            Figure = figure,
            FigureKind = figure is null ? FigureKind.None : KindOf(lower, figure),
            Spans = spans,
        };
    }

    /// <summary>
    /// "what if thats tc not base": a message that gives no figure but says what one is, in a conversation where the member
    /// gave a figure, restates that figure as base or total comp (the first kind named wins). Null otherwise.
    /// </summary>
    public MessageSlots? RestatingFigure(string text, DialogueState? previous)
    {
        if (Figure is not null || previous?.Figure is not { } earlier) return null;
        var lower = text.ToLowerInvariant();
        // "is that base or tc?" asks what a figure is; it restates nothing.
        if (IndexOfWord(lower, "or") >= 0) return null;
        var total = TotalWords.Select(w => IndexOfWord(lower, w)).Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min();
        var basePay = BaseWords.Select(w => IndexOfWord(lower, w)).Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min();
        if (total == basePay) return null;
        return this with { Figure = earlier, FigureKind = total < basePay ? FigureKind.TotalComp : FigureKind.Base };
    }

    /// <summary>The state after this message: each slot it names replaces the old value, the others carry on.</summary>
    public DialogueState ApplyTo(DialogueState state) => state with
    {
        Figure = Figure ?? state.Figure,
        Level = Level ?? state.Level,
        CompanyLevel = Level is null ? state.CompanyLevel : CompanyLevel,
        Place = Place ?? state.Place,
        Employer = Employer ?? state.Employer,
        Specialization = Specialization ?? state.Specialization,
        Currency = Currency ?? state.Currency,
    };

    /// <summary>The message with the slot names blanked out: what is left says whether it asks anything new.</summary>
    public string Remainder(string text)
    {
        var chars = text.ToCharArray();
        foreach (var span in Spans)
            for (var i = span.Start.Value; i < span.End.Value && i < chars.Length; i++) chars[i] = ' ';
        return new string(chars);
    }

    private static bool IsCompanyLevel(string text) =>
        text.Length >= 2 && char.IsDigit(text[^1]) && (char.ToLowerInvariant(text[0]) is 'l' or 'e' || text.StartsWith("ic", StringComparison.OrdinalIgnoreCase));

    // "9 years in", "7 yoe", "with 4 years of experience"; not "vesting over 4 years".
    private static bool IsExperience(string lower, Entity duration)
    {
        if (duration.Text.Contains("yoe", StringComparison.OrdinalIgnoreCase)) return true;
        var after = lower[duration.End..Math.Min(lower.Length, duration.End + 25)];
        var before = lower[Math.Max(0, duration.Start - 12)..duration.Start];
        if (before.Contains("over", StringComparison.Ordinal) || before.Contains("vest", StringComparison.Ordinal)) return false;
        return ExperienceWords.Any(w => after.StartsWith(w, StringComparison.Ordinal) || after.StartsWith(" " + w.Trim(), StringComparison.Ordinal))
            || new[] { "with", "have", "after", "for", "been", "got" }.Any(w => before.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>What the member calls the figure: the words right around it decide, total-comp words first.</summary>
    private static FigureKind KindOf(string lower, Entity figure)
    {
        var window = lower[Math.Max(0, figure.Start - 20)..Math.Min(lower.Length, figure.End + 20)];
        if (TotalWords.Any(w => ContainsWord(window, w))) return FigureKind.TotalComp;
        return BaseWords.Any(w => ContainsWord(window, w)) ? FigureKind.Base : FigureKind.Unstated;
    }

    private static T? FindWord<T>(string lower, IReadOnlyDictionary<string, T> names, List<Range> spans) where T : class
    {
        foreach (var (name, value) in names)
        {
            var at = IndexOfWord(lower, name);
            if (at < 0) continue;
            spans.Add(at..(at + name.Length));
            return value;
        }
        return null;
    }

    private static bool ContainsWord(string text, string word) => IndexOfWord(text, word) >= 0;

    private static int IndexOfWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var startOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + word.Length;
            if (startOk && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return at;
        }
        return -1;
    }
}

using System.Collections.Frozen;

namespace CareerBot.Core.Recognition;

/// <summary>What a word means when written right after digits with no space: 180k, 4y, 12m, 15pct, 4x, 2nd.</summary>
internal enum AmountSuffix : byte
{
    None,
    Thousand,
    /// <summary>"m": million for money, month for durations; <see cref="ChatScanner"/> decides from currency and context.</summary>
    MillionOrMonth,
    Million,
    /// <summary>"b"/"bn": a billion only with a currency or pay context, because "7B" in ML chat is a parameter count.</summary>
    Billion,
    Year,
    Month,
    Percent,
    /// <summary>4x, 10x: a multiplier, never an amount.</summary>
    Multiplier,
    /// <summary>2nd, 3rd: an ordinal, never an amount.</summary>
    Ordinal,
}

internal enum NumberWordKind : byte
{
    None,
    /// <summary>zero..nineteen.</summary>
    Unit,
    /// <summary>twenty..ninety.</summary>
    Tens,
    Hundred,
    /// <summary>thousand, million, billion.</summary>
    Scale,
}

[Flags]
internal enum WordRoles
{
    None = 0,
    /// <summary>A pay word: a bare amount next to it is money ("base of 180000", "180000 salary").</summary>
    Pay = 1 << 0,
    /// <summary>Words allowed between a pay word and its amount: "base: 180000", "base of 180000", "salary is 180000".</summary>
    PayFiller = 1 << 1,
    /// <summary>year, yr, annum: the period in "180k/yr", "per year".</summary>
    YearPeriod = 1 << 2,
    Per = 1 << 3,
    /// <summary>vest, vests, vested, vesting.</summary>
    Vest = 1 << 4,
    Cliff = 1 << 5,
    /// <summary>growth, raise, increase: "10% per year growth" is not a vesting schedule.</summary>
    Growth = 1 << 6,
    /// <summary>engineer, mle, role…: "mid engineer", "CV engineer".</summary>
    RoleNoun = 1 << 7,
    /// <summary>my, your, the…: "my CV" is a résumé.</summary>
    Determiner = 1 << 8,
    /// <summary>Words before "CV" that make it computer vision: "ML/CV", "NLP or CV", "work in CV".</summary>
    MlLead = 1 << 9,
    /// <summary>over, for, across: "vesting over 4 years".</summary>
    Over = 1 << 10,
    /// <summary>after, with: "monthly after a 1-year cliff".</summary>
    After = 1 << 11,
    /// <summary>a, an, the before a duration.</summary>
    Article = 1 << 12,
    /// <summary>each, every: "25% each year".</summary>
    Each = 1 << 13,
    /// <summary>"to" in "200k to 230k".</summary>
    To = 1 << 14,
    /// <summary>Words the chat grammar does not read but Recognizers-Text does (half, trillion, minus, yen, MUSD…): they send the message to the fallback.</summary>
    FallbackCue = 1 << 15,
    /// <summary>third, fifths, eighth…: a fraction after a number word or "a" ("two thirds", "a fifth").</summary>
    FractionOrdinal = 1 << 16,
    /// <summary>us, c, hk, australian, swiss…: a word that makes "$" or "dollars" another currency ("c $ 16.4 million", "australian dollars").</summary>
    CurrencyQualifier = 1 << 17,
}

/// <summary>A multi-word name (place, level, specialization) that starts with a given word.</summary>
/// <param name="Rest">The following words, lower-case; joined by spaces or hyphens in the text.</param>
/// <param name="ExactCase">Matches only when written exactly (LA, CV, RL), because the lower-case word means something else.</param>
/// <param name="NeedsRoleNoun">Only when a role noun follows ("mid engineer", "speech research"), because the word alone usually means something else.</param>
/// <param name="OrEndingClause">Also alone at the end of a clause or before another level ("I'm mid.", "mid or senior?"), but not in "mid 2024", "mid 200s".</param>
/// <param name="NeedsMlContext">Only when the neighbours say it is ML ("CV engineer", "NLP or CV"), because "CV" is also a résumé.</param>
internal sealed record LexiconPhrase(string First, string[] Rest, EntityType Type, string Canonical, bool ExactCase = false, bool NeedsRoleNoun = false, bool OrEndingClause = false, bool NeedsMlContext = false, string[]? NotBefore = null);

/// <summary>Everything the recognizer knows about one word (case-insensitive).</summary>
internal sealed class LexiconWord
{
    public AmountSuffix Suffix { get; set; }
    /// <summary>Multiplier when the word follows a number after a space: thousand, million, mil, grand.</summary>
    public decimal Scale { get; set; }
    public string? Currency { get; set; }
    /// <summary>Currency codes may also come before the amount (USD 150,000); currency names may not.</summary>
    public bool CurrencyCode { get; set; }
    /// <summary>"year" or "month" for spelled units after a space: 4 years, 18 months.</summary>
    public string? DurationUnit { get; set; }
    public bool PercentWord { get; set; }
    public NumberWordKind NumberKind { get; set; }
    public int NumberValue { get; set; }
    /// <summary>monthly, quarterly, annual: a vesting cadence.</summary>
    public string? Cadence { get; set; }
    public WordRoles Roles { get; set; }
    /// <summary>L, E, IC: level ladders written with a number (L5, E6, IC4).</summary>
    public bool LevelLadder { get; set; }
    /// <summary>Longest first.</summary>
    public LexiconPhrase[] Phrases { get; set; } = [];
}

/// <summary>The word tables of the chat recognizer, frozen once and looked up by span (no string allocation per word).</summary>
internal static class ChatLexicon
{
    private static readonly FrozenDictionary<string, LexiconWord>.AlternateLookup<ReadOnlySpan<char>> Lookup = Build().GetAlternateLookup<ReadOnlySpan<char>>();

    public static LexiconWord? Find(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var entry) ? entry : null;

    private static FrozenDictionary<string, LexiconWord> Build()
    {
        var words = new Dictionary<string, LexiconWord>(StringComparer.OrdinalIgnoreCase);
        LexiconWord W(string w) => words.TryGetValue(w, out var e) ? e : words[w] = new LexiconWord();
        void Roles(WordRoles role, params string[] list)
        {
            foreach (var w in list) W(w).Roles |= role;
        }

        foreach (var w in new[] { "k" }) W(w).Suffix = AmountSuffix.Thousand;
        W("m").Suffix = AmountSuffix.MillionOrMonth;
        foreach (var w in new[] { "mil", "mm", "mn" }) W(w).Suffix = AmountSuffix.Million;
        foreach (var w in new[] { "b", "bn" }) W(w).Suffix = AmountSuffix.Billion;
        foreach (var w in new[] { "y", "yr", "yrs", "year", "years", "yoe" }) W(w).Suffix = AmountSuffix.Year;
        foreach (var w in new[] { "mo", "mos", "month", "months" }) W(w).Suffix = AmountSuffix.Month;
        W("pct").Suffix = AmountSuffix.Percent;
        W("x").Suffix = AmountSuffix.Multiplier;
        foreach (var w in new[] { "st", "nd", "rd", "th" }) W(w).Suffix = AmountSuffix.Ordinal;

        foreach (var w in new[] { "thousand", "grand" }) W(w).Scale = 1_000m;
        foreach (var w in new[] { "million", "mil", "mn" }) W(w).Scale = 1_000_000m;
        W("billion").Scale = 1_000_000_000m;

        foreach (var (w, code, isCode) in new[]
                 {
                     ("usd", "USD", true), ("dollars", "USD", false), ("dollar", "USD", false), ("bucks", "USD", false),
                     ("eur", "EUR", true), ("euros", "EUR", false), ("euro", "EUR", false),
                     ("gbp", "GBP", true), ("pounds", "GBP", false), ("quid", "GBP", false),
                 })
        {
            W(w).Currency = code;
            W(w).CurrencyCode = isCode;
        }

        foreach (var w in new[] { "year", "years", "yr", "yrs", "yoe" }) W(w).DurationUnit = "year";
        foreach (var w in new[] { "month", "months", "mo", "mos" }) W(w).DurationUnit = "month";
        foreach (var w in new[] { "percent", "pct", "percentage" }) W(w).PercentWord = true;

        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var n = 0; n < units.Length; n++) SetNumber(W(units[n]), NumberWordKind.Unit, n);
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var n = 0; n < tens.Length; n++) SetNumber(W(tens[n]), NumberWordKind.Tens, (n + 2) * 10);
        SetNumber(W("hundred"), NumberWordKind.Hundred, 100);
        SetNumber(W("thousand"), NumberWordKind.Scale, 1_000);
        SetNumber(W("million"), NumberWordKind.Scale, 1_000_000);
        SetNumber(W("billion"), NumberWordKind.Scale, 1_000_000_000);

        W("monthly").Cadence = "monthly";
        W("quarterly").Cadence = "quarterly";
        foreach (var w in new[] { "annually", "annual", "yearly" }) W(w).Cadence = "annual";

        Roles(WordRoles.Pay, "base", "salary", "salaries", "bonus", "bonuses", "stock", "stocks", "equity", "rsu", "rsus", "grant", "grants",
            "signing", "signon", "sign", "tc", "comp", "compensation", "pay", "paid", "package", "offer", "offered", "refresher", "refreshers",
            "refresh", "cash", "earn", "earns", "earning", "make", "makes", "making", "income", "ote", "options", "valuation", "valuations", "valued");
        Roles(WordRoles.PayFiller, "of", "is", "was", "at", "around", "about", "approx", "approximately", "roughly", "only", "just", "be", "on", "in", "me", "like");
        Roles(WordRoles.YearPeriod, "year", "yr", "y", "annum");
        Roles(WordRoles.Per, "per", "a");
        Roles(WordRoles.Vest, "vest", "vests", "vested", "vesting");
        Roles(WordRoles.Cliff, "cliff");
        Roles(WordRoles.Growth, "growth", "grow", "grows", "growing", "raise", "raises", "increase", "increases", "appreciation", "return", "returns", "inflation", "interest", "match");
        Roles(WordRoles.RoleNoun, "engineer", "engineers", "engineering", "mle", "mles", "swe", "swes", "developer", "developers", "dev", "devs", "scientist",
            "scientists", "researcher", "researchers", "research", "level", "role", "roles", "position", "positions", "ic", "ml", "data", "software",
            "ai", "team", "teams", "work", "job", "jobs", "model", "models", "specialist", "pipeline", "pipelines", "problems", "projects", "papers");
        Roles(WordRoles.Determiner, "my", "your", "his", "her", "their", "our", "a", "the", "this", "that", "updated", "resume");
        Roles(WordRoles.MlLead, "ml", "ai", "nlp", "llm", "llms", "vs", "or", "and", "in", "into", "doing", "robotics");
        Roles(WordRoles.Over, "over", "for", "across");
        Roles(WordRoles.After, "after", "with");
        Roles(WordRoles.Article, "a", "an", "the");
        Roles(WordRoles.Each, "each", "every");
        Roles(WordRoles.To, "to");
        Roles(WordRoles.FallbackCue, "half", "halves", "quarter", "quarters", "dozen", "dozens", "trillion", "trillions", "minus", "negative",
            "cent", "cents", "percents", "pence", "penny", "yen", "yuan", "rmb", "kuai", "rupee", "rupees", "franc", "francs", "peso", "pesos",
            "krona", "kronor", "krone", "zloty", "shekel", "shekels", "ruble", "rubles", "lira", "baht", "ringgit", "rand", "guilder", "guilders",
            "markka", "peseta", "pesetas", "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals", "rupiah", "forint", "koruna", "元", "円",
            "cad", "aud", "jpy", "inr", "chf", "cny", "sgd", "hkd", "nzd", "sek", "nok", "dkk", "pln", "brl", "mxn", "krw", "zar", "ils",
            "musd", "meur", "mgbp", "kusd", "keur", "kgbp");
        Roles(WordRoles.FractionOrdinal, "third", "thirds", "fourth", "fourths", "fifth", "fifths", "sixth", "sixths", "seventh", "sevenths",
            "eighth", "eighths", "ninth", "ninths", "tenth", "tenths", "hundredth", "hundredths", "thousandth", "thousandths", "millionth",
            "millionths", "billionth", "billionths", "trillionth", "trillionths");
        Roles(WordRoles.CurrencyQualifier, "us", "c", "ca", "hk", "au", "nz", "sg", "australian", "canadian", "swiss", "hong", "singapore",
            "singaporean", "chinese", "japanese", "mexican", "new", "zealand", "taiwan", "taiwanese");

        foreach (var w in new[] { "l", "e", "ic" }) W(w).LevelLadder = true;

        foreach (var phrase in Phrases())
        {
            var e = W(phrase.First);
            e.Phrases = [.. e.Phrases.Append(phrase).OrderByDescending(p => p.Rest.Length)];
        }
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void SetNumber(LexiconWord word, NumberWordKind kind, int value)
    {
        word.NumberKind = kind;
        word.NumberValue = value;
    }

    private static IEnumerable<LexiconPhrase> Phrases()
    {
        LexiconPhrase P(EntityType type, string canonical, string words, bool exactCase = false, bool needsRoleNoun = false, bool orEndingClause = false,
            bool needsMlContext = false, string[]? notBefore = null)
        {
            var parts = words.Split(' ');
            return new LexiconPhrase(parts[0], parts[1..], type, canonical, exactCase, needsRoleNoun, orEndingClause, needsMlContext, notBefore);
        }

        const EntityType L = EntityType.Level, C = EntityType.Place, S = EntityType.Specialization;
        return
        [
            P(L, "entry", "junior"), P(L, "entry", "jr"), P(L, "entry", "entry level"), P(L, "entry", "new grad"), P(L, "entry", "new grads"),
            P(L, "entry", "intern"), P(L, "entry", "interns"), P(L, "entry", "internship"), P(L, "entry", "graduate"), P(L, "entry", "entry", needsRoleNoun: true),
            P(L, "mid", "mid level"), P(L, "mid", "mid", needsRoleNoun: true, orEndingClause: true), P(L, "mid", "intermediate", needsRoleNoun: true),
            P(L, "senior", "senior"), P(L, "senior", "sr"), P(L, "principal", "senior staff"),
            P(L, "staff", "staff", notBefore: ["meeting", "meetings"]), P(L, "principal", "principal", notBefore: ["component", "components"]),
            P(L, "principal", "distinguished"),

            P(C, "seattle", "seattle"), P(C, "san-francisco", "sf"), P(C, "san-francisco", "san francisco"), P(C, "bay-area", "bay area"),
            P(C, "bay-area", "sf bay area"), P(C, "bay-area", "silicon valley"), P(C, "new-york", "nyc"), P(C, "new-york", "new york"),
            P(C, "new-york", "new york city"), P(C, "new-york", "NY", exactCase: true), P(C, "austin", "austin"), P(C, "boston", "boston"),
            P(C, "los-angeles", "LA", exactCase: true), P(C, "los-angeles", "los angeles"), P(C, "london", "london"), P(C, "remote", "remote"),
            P(C, "remote", "fully remote"), P(C, "mountain-view", "mountain view"), P(C, "palo-alto", "palo alto"), P(C, "san-jose", "san jose"),
            P(C, "menlo-park", "menlo park"), P(C, "sunnyvale", "sunnyvale"), P(C, "cupertino", "cupertino"), P(C, "redmond", "redmond"),
            P(C, "bellevue", "bellevue"), P(C, "chicago", "chicago"), P(C, "denver", "denver"), P(C, "atlanta", "atlanta"), P(C, "miami", "miami"),
            P(C, "san-diego", "san diego"), P(C, "pittsburgh", "pittsburgh"), P(C, "washington-dc", "DC", exactCase: true),
            P(C, "washington-dc", "washington dc"), P(C, "toronto", "toronto"), P(C, "vancouver", "vancouver"), P(C, "montreal", "montreal"),
            P(C, "berlin", "berlin"), P(C, "munich", "munich"), P(C, "paris", "paris"), P(C, "amsterdam", "amsterdam"), P(C, "zurich", "zurich"),
            P(C, "dublin", "dublin"), P(C, "tel-aviv", "tel aviv"), P(C, "bangalore", "bangalore"), P(C, "bangalore", "bengaluru"),
            P(C, "hyderabad", "hyderabad"), P(C, "singapore", "singapore"), P(C, "tokyo", "tokyo"), P(C, "sydney", "sydney"),

            P(S, "nlp", "nlp"), P(S, "nlp", "natural language processing"), P(S, "llm", "llm"), P(S, "llm", "llms"),
            P(S, "llm", "large language models"), P(S, "llm", "large language model"), P(S, "llm-infrastructure", "llm infrastructure"),
            P(S, "llm-infrastructure", "llm infra"), P(S, "generative-ai", "generative ai"), P(S, "generative-ai", "genai"),
            P(S, "generative-ai", "gen ai"), P(S, "computer-vision", "computer vision"), P(S, "computer-vision", "CV", exactCase: true, needsMlContext: true),
            P(S, "mlops", "mlops"), P(S, "mlops", "ml ops"), P(S, "ml-platform", "ml platform"), P(S, "ml-platform", "ml infra"),
            P(S, "ml-platform", "ml infrastructure"), P(S, "ml-platform", "machine learning platform"), P(S, "ml-platform", "ml platform engineering"),
            P(S, "recommender-systems", "recsys"), P(S, "recommender-systems", "recommender systems"), P(S, "recommender-systems", "recommender system"),
            P(S, "recommender-systems", "recommendation systems"), P(S, "recommender-systems", "recommendation system"), P(S, "recommender-systems", "recommenders"),
            P(S, "reinforcement-learning", "reinforcement learning"), P(S, "reinforcement-learning", "RL", exactCase: true), P(S, "reinforcement-learning", "rlhf"),
            P(S, "deep-learning", "deep learning"), P(S, "robotics", "robotics"), P(S, "robotics", "autonomous systems"),
            P(S, "autonomous-driving", "autonomous driving"), P(S, "autonomous-driving", "self driving"), P(S, "speech", "speech recognition"),
            P(S, "speech", "asr"), P(S, "speech", "speech", needsRoleNoun: true), P(S, "distributed-systems", "distributed systems"), P(S, "search-ranking", "search ranking"),
            P(S, "search-ranking", "information retrieval"), P(S, "time-series", "time series"), P(S, "time-series", "forecasting"),
        ];
    }
}

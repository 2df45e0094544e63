using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Offers;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Answers;

/// <summary>
/// Which entry answers a pay question once the slots are known: a level in play moves a general pay or location answer
/// to that level's entry ("and in new york?" after senior stays senior); years of experience pick a level from the
/// career-path article's bands.
/// </summary>
public static class PayTopics
{
    public const string LocationId = "location-pay";
    public const string OverviewId = "salary-overview";

    /// <summary>Entry 1–2 years, mid 3–5 (the career-path article); it gives no year count beyond mid.</summary>
    public static string? LevelForYears(decimal years) => years switch
    {
        <= 2 => "entry",
        <= 5 => "mid",
        _ => null,
    };

    public static bool IsPay(KnowledgeEntry entry) => entry.HasTag("salary");

    /// <summary>The level a salary entry is filed under (tag level-senior → senior); null for general entries.</summary>
    public static string? LevelOfEntry(KnowledgeEntry entry) => SalaryBands.Levels.FirstOrDefault(l => entry.HasTag("level-" + l));

    /// <summary>
    /// A message that talks pay (or gives a figure) and names a level, years, an employer or a figure asks what that
    /// pays, whatever else it mentions: "what does Amazon pay an L6", "is 150k base decent for a new grad".
    /// </summary>
    public static bool AsksPay(string text, MessageSlots slots)
    {
        var words = TextNormalizer.Tokenize(text).Where(w => !StopWords.Contains(w)).ToList();
        // "salary?" or "comp??" alone asks what the job pays.
        if (words.Count > 0 && words.All(w => w == "pay")) return true;
        return (slots.Figure is not null || words.Contains("pay"))
            && (slots.Level is not null || slots.YearsOfExperience is not null || slots.Employer is not null || slots.Figure is not null);
    }

    /// <summary>
    /// "so whats a realistic salary rn": a message that talks pay but matches a non-pay entry only weakly is a pay
    /// question; a confident match ("does a phd raise pay") keeps its own topic.
    /// </summary>
    public static bool WeakNonPayMatch(KnowledgeSnapshot knowledge, RouteResult route, string text) =>
        !route.Declined && route.Confidence < knowledge.Router.Options.DeclineThreshold + 0.05
        && knowledge.Find(route.Intent) is { } entry && !AnswersPay(entry) && !entry.HasTag("smalltalk")
        && TextNormalizer.Tokenize(text).Contains("pay") && QuestionClauses.Split(text).Count == 1;

    private static readonly string[] PayAngles = ["compensation", "location", "offers", "salary-factors", "industry", "company", "impact"];

    /// <summary>Entries that already answer a pay question in their own way (pay by place, specialization, industry, what TC is made of).</summary>
    public static bool AnswersPay(KnowledgeEntry entry) => IsPay(entry) || PayAngles.Any(entry.HasTag);

    /// <summary>
    /// The entry to answer with: the level's salary entry when a level is in play and the topic is pay or pay by place;
    /// a level named in this very message ("for senior folks in sf?" after remote work) also moves other pay angles.
    /// </summary>
    public static KnowledgeEntry Focus(KnowledgeSnapshot knowledge, KnowledgeEntry entry, string? level, bool namedNow)
    {
        if (level is null || !(IsPay(entry) || entry.Id == LocationId || namedNow && AnswersPay(entry) && !entry.HasTag("compensation"))) return entry;
        return SalaryBands.EntryFor(knowledge, level) ?? entry;
    }

    /// <summary>
    /// The level a message's slots put in play: a named level, else one from years of experience; past the article's
    /// bands the closest sourced figures start at senior (the reply says the article gives no year count there).
    /// </summary>
    public static string? LevelOf(MessageSlots slots) =>
        slots.Level ?? (slots.YearsOfExperience is { } years ? LevelForYears(years) ?? "senior" : null);
}


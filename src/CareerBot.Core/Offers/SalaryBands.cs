using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Offers;

/// <summary>
/// The one place in code that holds salary figures: each is quoted from a knowledge entry (knowledge/salary-*.md),
/// which cites its article; a test checks every quote still appears in its entry. Nothing here is estimated.
/// </summary>
public static class SalaryBands
{
    public const string WhyPaidSoMuch = "Why Are ML Engineers Paid So Much?";
    public const string CareerPath = "Machine Learning Engineer Career Path: Skills, Salary ($245K), and Timeline";

    /// <summary>The levels with sourced figures, lowest first, as the /salary and /offer level option takes them.</summary>
    public static IReadOnlyList<string> Levels => PayLevels.Names;

    public static readonly IReadOnlyList<SalaryBand> All =
    [
        new("entry", 100_000m, 140_000m, true, PayMeasure.BaseSalary, "$100,000–$140,000+", WhyPaidSoMuch, "salary-entry-level",
            "entry-level / new grad, drawn from Levels.fyi, Glassdoor and Indeed"),
        new("entry", 130_000m, 160_000m, false, PayMeasure.NotStated, "$130K–$160K", CareerPath, "salary-entry-level",
            "1–2 years of experience in major US tech markets"),
        new("mid", 130_000m, 180_000m, true, PayMeasure.BaseSalary, "$130,000–$180,000+", WhyPaidSoMuch, "salary-mid-level",
            "mid-level, drawn from Levels.fyi, Glassdoor and Indeed"),
        new("mid", 165_000m, 200_000m, false, PayMeasure.NotStated, "$165K–$200K", CareerPath, "salary-mid-level",
            "3–5 years of experience"),
        new("senior", 160_000m, 220_000m, true, PayMeasure.BaseSalary, "$160,000–$220,000+", WhyPaidSoMuch, "salary-senior",
            "senior / lead, \"much higher\" at top tech companies"),
        new("senior", 200_000m, 230_000m, false, PayMeasure.TotalCompensation, "$200K–$230K", CareerPath, "salary-senior",
            "seniors with strong specializations such as LLM infrastructure or ML platform engineering"),
        new("staff", 245_000m, null, true, PayMeasure.NotStated, "$245K and above", CareerPath, "salary-staff-principal",
            "staff and principal roles at top-tier technology companies"),
    ];

    /// <summary>"staff/principal" for staff, "mid-level" for mid: how the knowledge entries name the levels.</summary>
    public static string LevelName(string level) => level switch
    {
        "entry" => "entry-level",
        "mid" => "mid-level",
        "staff" => "staff/principal",
        _ => level,
    };

    /// <summary>The knowledge entry filed under a level (tags salary + level-senior …).</summary>
    public static KnowledgeEntry? EntryFor(KnowledgeSnapshot knowledge, string level) =>
        knowledge.Ordered.FirstOrDefault(e => e.HasTag("salary") && e.HasTag("level-" + level));

    /// <summary>The source lines, as the cited knowledge entries write them, for the articles these bands come from.</summary>
    public static IReadOnlyList<string> SourcesFor(KnowledgeSnapshot knowledge, IEnumerable<SalaryBand> bands) =>
        bands.Select(b => knowledge.Find(b.KnowledgeId)?.Sources.FirstOrDefault(s => s.StartsWith(b.Article, StringComparison.Ordinal)) ?? b.Article)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}

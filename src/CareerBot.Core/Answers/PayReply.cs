using System.Text;
using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Offers;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.Answers;

/// <summary>
/// A pay answer in the context of the conversation's slots. It first says what the sources do not cover (a place
/// outside the US, a named employer, a company's own level, years beyond the career-path article's bands), then gives
/// the closest sourced figures labelled as such; a figure the member gives is compared with figures of the same kind.
/// When the member was just shown the entry, only the figures are repeated, not the whole text.
/// </summary>
public static class PayReply
{
    public static Reply Build(KnowledgeSnapshot knowledge, KnowledgeEntry entry, DialogueState state, MessageSlots slots,
        bool alreadyShown, double confidence, IReadOnlyList<Entity> entities)
    {
        var level = PayTopics.LevelOfEntry(entry);
        var sb = new StringBuilder();
        var used = new List<KnowledgeEntry> { entry };
        var cited = new List<SalaryBand>();
        var beyondMid = slots.Level is null && slots.YearsOfExperience is { } years && PayTopics.LevelForYears(years) is null;
        if (beyondMid)
            sb.Append($"**{slots.YearsOfExperience:0.#} years of experience:** the career-path article ties years to levels only up to mid (entry 1–2 years, mid 3–5) and gives no year count beyond that. Past 5 years the closest sourced figures are the senior and staff ones; which fits depends on your scope and impact, not the years alone.\n\n");
        else if (slots.YearsOfExperience is { } y && slots.Level is null && level is not null)
            sb.Append($"**{y:0.#} years of experience** is in the career-path article's {SalaryBands.LevelName(level)} band (entry 1–2 years, mid 3–5).\n\n");
        // Only while the company level is the one answered: after "12 yoe" the L6 asked about earlier no longer applies.
        if (state.CompanyLevel is { } companyLevel && level is not null && SalaryLevel.Parse(companyLevel) == level)
            sb.Append($"**{companyLevel}:** that is a company's own level; the articles use entry, mid, senior and staff and make no mapping. As a rough mapping of my own (ladders differ between companies), {companyLevel} ≈ {SalaryBands.LevelName(level)}.\n\n");
        if (state.Employer is { } employer)
            sb.Append($"**{employer}:** the articles name no employer, so nothing here is specific to {employer}. The closest sourced figures are the general ones below; where an article means top tech companies, it says so.\n\n");
        if (state.Place is { } place) PlaceNote(sb, knowledge, place, used);
        if (state.Currency is { } currency and not "USD" && slots.Figure is null)
            sb.Append($"**{currency}:** every figure here is in US dollars, as the articles give them; I don't convert currencies, so I can't give {currency} amounts.\n\n");
        var placed = false;
        if (slots.Figure is { Value: { } amount, Max: null } figure && slots.FigureKind != FigureKind.None)
        {
            if (figure.Unit != "USD")
                sb.Append($"**{figure.Text}:** the articles' figures are in US dollars and I don't convert currencies, so I can't place it against them.\n\n");
            else
            {
                var placement = SalaryPlacement.DescribeAmount(amount, level, slots.FigureKind switch
                {
                    FigureKind.Base => PayMeasure.BaseSalary,
                    FigureKind.TotalComp => PayMeasure.TotalCompensation,
                    _ => null,
                });
                // The placement answers "is 160k low?": it goes first, before the notes on place or employer.
                sb.Insert(0, placement.Markdown + "\n\n");
                cited.AddRange(placement.Cited);
                placed = true;
            }
        }
        // "what's the pay jump from senior to staff": two levels named, both levels' figures side by side.
        var named = entities.Where(e => e.Type == EntityType.Level && e.Canonical is not null).Select(e => SalaryLevel.Parse(e.Canonical!)).OfType<string>().Distinct().ToList();
        var twoLevels = named.Count == 2 && !placed && !beyondMid;
        if (twoLevels)
        {
            var ordered = SalaryBands.Levels.Where(named.Contains).ToList();
            var from = SalaryBands.LevelName(ordered[0]);
            sb.Append($"**{char.ToUpperInvariant(from[0])}{from[1..]} → {SalaryBands.LevelName(ordered[1])}:** the articles give no raise or jump figure between levels; here are both levels' figures (compare base with base and total comp with total comp).\n\n");
            foreach (var each in ordered) Figures(sb, each, cited);
        }
        else if (beyondMid)
        {
            Figures(sb, "senior", cited);
            Figures(sb, "staff", cited);
        }
        else if (alreadyShown)
            foreach (var shownLevel in level is null ? SalaryBands.Levels : [level]) Figures(sb, shownLevel, cited);
        // With a figure placed, the level's figures are already in the placement: the entry waits behind More.
        else if (!placed && !twoLevels) sb.Append(entry.Answer);
        if (alreadyShown)
        {
            while (sb.Length > 0 && char.IsWhiteSpace(sb[^1])) sb.Length--;
            sb.Append($"\n\nThe rest of *{entry.Title}* is in my answer above.");
        }

        var reply = KnowledgeReply.Build(knowledge, entry, confidence, entities);
        return reply with
        {
            Markdown = sb.ToString().Trim(),
            Detail = alreadyShown ? null : (placed || twoLevels) && !beyondMid ? string.Join("\n\n", new[] { entry.Answer, reply.Detail }.OfType<string>()) : reply.Detail,
            Sources = SourceList.Merge(used.SelectMany(e => e.Sources).Concat(SalaryBands.SourcesFor(knowledge, cited))),
        };
    }

    /// <summary>What the sources do not cover for a place outside the US.</summary>
    public static string OutsideUsNote(Place place) =>
        $"**{place.Name}:** the articles' figures are US-market figures; none covers {place.Name}, and I don't convert or adjust them.";

    private static void PlaceNote(StringBuilder sb, KnowledgeSnapshot knowledge, Place place, List<KnowledgeEntry> used)
    {
        if (!place.InUnitedStates)
        {
            sb.Append(OutsideUsNote(place)).Append(" The closest sourced figures are the US ones below: read them as US pay, not ").Append(place.Name).Append(" pay.\n\n");
            return;
        }
        var lines = knowledge.Find(PayTopics.LocationId) is { } location ? EntryLines.Naming(location, [place.Name.StartsWith("the ", StringComparison.Ordinal) ? place.Name[4..] : place.Name]) : [];
        if (lines.Count == 0)
        {
            sb.Append($"**{place.Name}:** no article gives figures for {place.Name} or names it as a pay hub; the figures below are the articles' general US figures.\n\n");
            return;
        }
        used.Add(knowledge.Find(PayTopics.LocationId)!);
        sb.Append($"**{place.Name}:** no article gives figures for {place.Name} alone. What they say about it:\n");
        foreach (var line in lines) sb.Append(line).Append('\n');
        sb.Append("The figures below are the articles' general US figures.\n\n");
    }

    /// <summary>The level's sourced figures, one line each, saying what each measures.</summary>
    private static void Figures(StringBuilder sb, string level, List<SalaryBand> cited)
    {
        sb.Append($"**{char.ToUpperInvariant(SalaryBands.LevelName(level)[0])}{SalaryBands.LevelName(level)[1..]} figures (US market):**\n");
        foreach (var band in SalaryBands.All.Where(b => b.Level == level))
        {
            cited.Add(band);
            sb.Append($"- {band.QuotedAs}: {band.MeasureText} (*{band.Article.Split(':')[0]}*: {band.Scope})\n");
        }
        sb.Append('\n');
    }
}

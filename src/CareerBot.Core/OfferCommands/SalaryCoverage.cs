using CareerBot.Core.Knowledge;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.OfferCommands;

/// <summary>
/// The places and specializations the knowledge base names in its location and specialization entries: what
/// <c>/salary location:</c> and <c>specialization:</c> can find sourced lines for, offered as Discord autocomplete.
/// Read from the entries' current text, so a moderator's edit changes the choices and nothing is listed that no source names.
/// </summary>
public static class SalaryCoverage
{
    private static readonly ChatRecognizer Recognizer = new();

    public static IReadOnlyList<string> Places(KnowledgeSnapshot knowledge) =>
        Named(knowledge.Find(Answers.PayTopics.LocationId), EntityType.Place);

    public static IReadOnlyList<string> Specializations(KnowledgeSnapshot knowledge) =>
        Named(knowledge.Find(SalaryCommandHandler.SpecializationId), EntityType.Specialization);

    /// <summary>Each named once (by its canonical name), as the article writes it the first time.</summary>
    private static IReadOnlyList<string> Named(KnowledgeEntry? entry, EntityType type) => entry is null
        ? []
        : Recognizer.Recognize(entry.Detail is null ? entry.Answer : entry.Answer + "\n\n" + entry.Detail)
            .Where(e => e.Type == type)
            .DistinctBy(e => e.Canonical ?? e.Text.ToLowerInvariant())
            .Select(e => e.Text)
            .ToList();
}

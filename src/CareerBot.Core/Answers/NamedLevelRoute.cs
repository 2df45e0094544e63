using CareerBot.Core.Knowledge;
using CareerBot.Core.Recognition;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Answers;

/// <summary>
/// "how do i get promoted to senior": when a message names the level it aims for and the router's pick is an entry
/// whose title is about other levels ("Getting promoted to staff or principal"), a close candidate whose title names no
/// other level and whose questions are about the named one (the career timeline, for reaching senior) answers instead.
/// </summary>
public static class NamedLevelRoute
{
    private static readonly ChatRecognizer Recognizer = new();

    public static RouteResult Prefer(KnowledgeSnapshot knowledge, RouteResult route, string? level)
    {
        if (level is null || route.Declined || knowledge.Find(route.Intent) is not { } routed || PayTopics.IsPay(routed)) return route;
        var titleLevels = Levels(routed.Title);
        if (titleLevels.Count == 0 || titleLevels.Contains(level)) return route;
        var better = route.Candidates
            .Where(c => c.Intent != route.Intent)
            .Select(c => knowledge.Find(c.Intent))
            .OfType<KnowledgeEntry>()
            .FirstOrDefault(e => !PayTopics.IsPay(e) && Levels(e.Title).All(l => l == level) && e.Questions.Any(q => Levels(q).Contains(level)));
        return better is null ? route : route with { Intent = better.Id };
    }

    private static HashSet<string> Levels(string text) =>
        Recognizer.Recognize(text).Where(e => e.Type == EntityType.Level && e.Canonical is not null)
            .Select(e => e.Canonical == "principal" ? "staff" : e.Canonical!).ToHashSet(StringComparer.Ordinal);
}

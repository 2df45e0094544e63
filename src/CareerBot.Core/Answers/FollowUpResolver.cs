using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Recognition;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Answers;

/// <summary>
/// Reads a message in the context of the previous answer: "and for senior?" after a salary answer moves to the
/// senior salary entry, "what about Seattle?" to location pay; a vague message that only makes sense with the
/// previous topic is routed together with that topic's title.
/// </summary>
public static class FollowUpResolver
{
    private const string SalaryTag = "salary";
    private const string LevelTagPrefix = "level-";
    private const string LocationIntent = "location-pay";

    /// <summary>The entry a message's level words point to when the topic is pay, e.g. "senior" → salary-senior.</summary>
    public static KnowledgeEntry? SalaryEntryForLevel(KnowledgeSnapshot knowledge, IReadOnlyList<Entity> entities)
    {
        var level = entities.FirstOrDefault(e => e.Type == EntityType.Level)?.Canonical;
        if (level is null) return null;
        var tag = LevelTagPrefix + (level == "principal" ? "staff" : level);
        return knowledge.Ordered.FirstOrDefault(e => e.HasTag(SalaryTag) && e.HasTag(tag));
    }

    public static RouteResult? Resolve(KnowledgeSnapshot knowledge, RouteResult route, string text, IReadOnlyList<Entity> entities, ConversationTurn? previous)
    {
        if (previous is null || knowledge.Find(previous.Intent) is not { } last) return null;
        var confident = !route.Declined && route.Confidence >= knowledge.Router.Options.DeclineThreshold + 0.15;
        var looksLikeFollowUp = IsShort(text) || StartsLikeFollowUp(text);
        if (confident || !looksLikeFollowUp) return null;

        if (last.HasTag(SalaryTag) && SalaryEntryForLevel(knowledge, entities) is { } levelEntry)
            return Picked(levelEntry.Id, route);
        if (last.HasTag(SalaryTag) && entities.Any(e => e.Type == EntityType.Place) && knowledge.Find(LocationIntent) is not null)
            return Picked(LocationIntent, route);

        var withTopic = knowledge.Router.Route(text + " " + last.Title);
        return withTopic.Declined ? null : withTopic;
    }

    private static RouteResult Picked(string intent, RouteResult route) =>
        new(intent, Math.Max(route.Confidence, 0.5), route.Candidates, Declined: false);

    private static bool IsShort(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5;

    private static bool StartsLikeFollowUp(string text)
    {
        var t = text.TrimStart().ToLowerInvariant();
        return t.StartsWith("and ", StringComparison.Ordinal) || t.StartsWith("what about", StringComparison.Ordinal)
            || t.StartsWith("how about", StringComparison.Ordinal) || t.StartsWith("same for", StringComparison.Ordinal)
            || t.StartsWith("what if", StringComparison.Ordinal);
    }
}

using CareerBot.Core.CommunityOffers;
using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Moderation;
using CareerBot.Core.Pipeline;
using CareerBot.Core.Recognition;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Answers;

/// <summary>Answers a free-text question from the knowledge base, in the context of the conversation.</summary>
public sealed class QuestionAnswerer(KnowledgeBase knowledge, ConversationContextStore conversations, TimeProvider time,
    UnansweredQuestionQueue? unanswered = null, CommunityBlock? community = null)
{
    public Reply Answer(IncomingMessage message, string text, IReadOnlyList<Entity> entities)
    {
        var snapshot = knowledge.Current;
        var key = ConversationContextStore.KeyFor(message);
        var previous = conversations.Get(key);
        var route = snapshot.Router.Route(text);
        route = FollowUpResolver.Resolve(snapshot, route, text, entities, previous) ?? route;
        // A level named in a general pay question focuses the answer on that level.
        if (!route.Declined && snapshot.Find(route.Intent) is { } general && general.HasTag("salary")
            && !general.Tags.Any(t => t.StartsWith("level-", StringComparison.Ordinal))
            && FollowUpResolver.SalaryEntryForLevel(snapshot, entities) is { } focused)
            route = route with { Intent = focused.Id };

        var entry = route.Declined ? null : snapshot.Find(route.Intent);
        unanswered?.Observe(text, route, declined: entry is null, snapshot.Router.Options);
        if (entry is null)
            return DeclineReply.Build(snapshot, route, entities);
        conversations.Set(key, new ConversationTurn(entry.Id, entities, time.GetUtcNow()) { LastOffer = previous?.LastOffer });
        var reply = KnowledgeReply.Build(snapshot, entry, route.Confidence, entities);
        if (!entry.HasTag("smalltalk")) reply = reply with { Feedback = new AnswerFeedback(entry.Id, text) };
        if (CommunityFor(entry, entities) is { } block) reply = reply with { Markdown = reply.Markdown + "\n\n" + block };
        return SecondPart(snapshot, text, entry) is { } second ? KnowledgeReply.Combine(reply, second) : reply;
    }

    /// <summary>Members' figures for a pay answer about one level (the entry's level, else the level asked about) and the place asked about.</summary>
    private string? CommunityFor(KnowledgeEntry entry, IReadOnlyList<Entity> entities)
    {
        if (community is null || !entry.HasTag("salary") && entry.Id != Offers.SalaryCommandHandler.LocationId) return null;
        var level = entry.Tags.FirstOrDefault(t => t.StartsWith("level-", StringComparison.Ordinal))?["level-".Length..]
                    ?? FollowUpResolver.SalaryEntryForLevel(knowledge.Current, entities)?.Tags.First(t => t.StartsWith("level-", StringComparison.Ordinal))["level-".Length..];
        if (level is null) return null;
        var place = entities.FirstOrDefault(e => e.Type == EntityType.Place)?.Canonical;
        return community.For(level, place is null ? null : PlaceCells.FromCanonical(place));
    }

    /// <summary>For a two-part question, the entry that answers the part the main answer does not cover.</summary>
    private static KnowledgeEntry? SecondPart(KnowledgeSnapshot snapshot, string text, KnowledgeEntry main)
    {
        var clauses = QuestionClauses.Split(text);
        if (clauses.Count < 2) return null;
        var threshold = snapshot.Router.Options.DeclineThreshold;
        return clauses.Select(snapshot.Router.Route)
            .Where(r => !r.Declined && r.Intent != main.Id && r.Confidence >= threshold + 0.1)
            .OrderByDescending(r => r.Confidence)
            .Select(r => snapshot.Find(r.Intent))
            .FirstOrDefault(e => e is not null && !e.HasTag("smalltalk"));
    }
}

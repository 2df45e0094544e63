using CareerBot.Core.CommunityOffers;
using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Moderation;
using CareerBot.Core.Recognition;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Answers;

/// <summary>
/// Answers a free-text question from the knowledge base, in the context of the conversation: <see cref="ContextRule"/>
/// decides whether the message is read on its own or in context, the dialogue state carries the slots, and a
/// follow-up that lands on the entry just shown gets what is new instead of the same text again.
/// </summary>
public sealed class QuestionAnswerer(KnowledgeBase knowledge, ConversationContextStore conversations, TimeProvider time,
    UnansweredQuestionQueue? unanswered = null, CommunityBlock? community = null)
{
    public Reply Answer(IncomingMessage message, string text, IReadOnlyList<Entity> entities)
    {
        var snapshot = knowledge.Current;
        var key = ConversationContextStore.KeyFor(message);
        var previous = conversations.Get(key);
        var slots = MessageSlots.Read(text, entities);
        var standalone = snapshot.Router.Route(text);
        // "lol sorry. whats a sign on bonus usually": the sentence that asks something routes better than the whole.
        if (BestPart(snapshot, ContextRule.Sentences(text)) is { } sentence && sentence.Confidence > standalone.Confidence) standalone = sentence;
        // Adverbs qualify without changing the topic, but their weight can sink a clear question below the threshold.
        if (standalone.Declined && ContextRule.WithoutAdverbs(text) is { } plain && snapshot.Router.Route(plain) is { Declined: false } plainRoute) standalone = plainRoute;
        var last = previous is null ? null : snapshot.Find(previous.Topic);
        // After small talk ("thx!") there is no topic to continue: the next message is read on its own.
        var reading = ContextRule.Decide(last?.HasTag("smalltalk") == true ? null : previous, text, slots, standalone, standalone.Declined ? null : snapshot.Find(standalone.Intent), snapshot.Router, last is null ? "" : last.Title + "\n" + last.Answer + "\n" + last.Detail);
        // "what if thats tc not base" after "is 175k base good": the same figure, read as the other kind, on the same topic.
        if (reading == Reading.InContext && ContextRule.RefersBack(text) && slots.RestatingFigure(text, previous) is { } restated
            && snapshot.Find(previous!.Topic) is { } payTopic && PayTopics.IsPay(payTopic))
        {
            slots = restated;
            standalone = new RouteResult(payTopic.Id, Math.Max(standalone.Confidence, snapshot.Router.Options.DeclineThreshold), standalone.Candidates, Declined: false);
        }
        var route = reading switch
        {
            Reading.OffTopic => RouteResult.Empty with { Candidates = standalone.Candidates },
            // A pay question naming a level, employer or figure is about pay even when its other words pull elsewhere.
            _ when PayTopics.AsksPay(text, slots) && !ContextRule.HasForeignWords(text, slots, snapshot.Router) => !standalone.Declined && snapshot.Find(standalone.Intent) is { } pulled && PayTopics.AnswersPay(pulled)
                ? standalone
                : new RouteResult(PayTopics.OverviewId, Math.Max(standalone.Confidence, snapshot.Router.Options.DeclineThreshold), standalone.Candidates, Declined: false),
            Reading.InContext => FollowUpResolver.Resolve(snapshot, standalone, text, slots, previous!),
            _ when standalone.Declined => BestPart(snapshot, ContextRule.Parts(text).ToList()) ?? standalone,
            _ => PayTopics.WeakNonPayMatch(snapshot, standalone, text) ? standalone with { Intent = PayTopics.OverviewId } : standalone,
        };
        route = NamedLevelRoute.Prefer(snapshot, route, slots.Level);
        var fresh = new DialogueState(route.Intent, time.GetUtcNow());
        var state = slots.ApplyTo(reading == Reading.InContext ? previous! with { At = fresh.At } : fresh);
        var routed = route.Declined ? null : snapshot.Find(route.Intent);
        unanswered?.Observe(text, route, declined: routed is null, snapshot.Router.Options);
        if (routed is null)
            return DeclineReply.Build(snapshot, route, entities, text);

        var level = PayTopics.LevelOf(slots) ?? (reading == Reading.InContext ? state.Level : null);
        var entry = PayTopics.Focus(snapshot, routed, level, namedNow: PayTopics.LevelOf(slots) is not null);
        // Asked again, or followed up onto the same entry: answer what is new instead of the same text.
        // Small talk is said again as it is: a second goodbye is not "the answer above".
        var alreadyShown = previous?.Shown.Contains(ShownKey(entry)) == true && !entry.HasTag("smalltalk");
        var reply = PayTopics.IsPay(entry)
            ? PayReply.Build(snapshot, entry, state, slots, alreadyShown, route.Confidence, entities)
            : alreadyShown ? RepeatedEntryReply.Build(snapshot, entry, text, slots.Place, route.Confidence, entities)
            : KnowledgeReply.Build(snapshot, entry, route.Confidence, entities);
        var shown = new List<string> { entry.Id };
        if (!entry.HasTag("smalltalk")) reply = reply with { Feedback = new AnswerFeedback(entry.Id, text) };
        foreach (var part in OtherParts(snapshot, text, entry))
        {
            reply = KnowledgeReply.Combine(reply, part);
            shown.Add(part.Id);
        }
        if (CommunityFor(entry, level, entities) is { } block) reply = reply with { Markdown = reply.Markdown + "\n\n" + block };
        if (LeftParts(snapshot, text, shown) is { Count: > 0 } left)
            reply = reply with { Markdown = reply.Markdown + "\n\n_Not answered here: " + string.Join("; ", left.Select(p => $"“{p}”")) + ". Ask it on its own and I'll try._" };
        conversations.Set(key, state with { Topic = entry.Id, Level = PayTopics.LevelOfEntry(entry) ?? state.Level, Shown = shown.Select(snapshot.Find).OfType<KnowledgeEntry>().Select(ShownKey).ToList(), LastOffer = state.LastOffer ?? previous?.LastOffer });
        return reply;
    }

    /// <summary>Members' figures for a pay answer about one level (the entry's level, else the level in play) and the place asked about.</summary>
    private string? CommunityFor(KnowledgeEntry entry, string? levelInPlay, IReadOnlyList<Entity> entities)
    {
        if (community is null || !entry.HasTag("salary") && entry.Id != PayTopics.LocationId) return null;
        if ((PayTopics.LevelOfEntry(entry) ?? levelInPlay) is not { } level) return null;
        var place = entities.FirstOrDefault(e => e.Type == EntityType.Place)?.Canonical;
        return community.For(level, place is null ? null : PlaceCells.FromCanonical(place));
    }

    // An entry counts as shown together with the text shown: after a moderator's edit, asking again gets the new text.
    private static string ShownKey(KnowledgeEntry entry) => $"{entry.Id}\u001f{HashCode.Combine(entry.Answer, entry.Detail)}";

    /// <summary>"sorry, cat on the keyboard. do i need a phd": the best-routed sentence or part, when there are several.</summary>
    private static RouteResult? BestPart(KnowledgeSnapshot snapshot, IReadOnlyList<string> parts) =>
        parts.Count < 2 ? null : parts.Select(snapshot.Router.Route).Where(r => !r.Declined).MaxBy(r => r.Confidence);

    /// <summary>For a question in several parts (up to three), the entries that answer the parts the main answer does not cover.</summary>
    private static IReadOnlyList<KnowledgeEntry> OtherParts(KnowledgeSnapshot snapshot, string text, KnowledgeEntry main)
    {
        var clauses = QuestionClauses.Split(text);
        if (clauses.Count < 2) return [];
        var threshold = snapshot.Router.Options.DeclineThreshold;
        return clauses.Take(QuestionClauses.MaxParts).Select(snapshot.Router.Route)
            .Where(r => !r.Declined && r.Confidence >= threshold + 0.1)
            .Select(r => snapshot.Find(r.Intent))
            .OfType<KnowledgeEntry>()
            .Where(e => e.Id != main.Id && !e.HasTag("smalltalk") && !SameLevelFamily(e, main))
            .DistinctBy(e => e.Id)
            .Take(QuestionClauses.MaxParts - 1)
            .ToList();
    }

    /// <summary>The parts of a multi-part question that no entry shown answers, so the member knows what was left.</summary>
    private static IReadOnlyList<string> LeftParts(KnowledgeSnapshot snapshot, string text, IReadOnlyCollection<string> shown)
    {
        var clauses = QuestionClauses.Split(text);
        if (clauses.Count < 2) return [];
        var threshold = snapshot.Router.Options.DeclineThreshold + 0.1;
        return clauses.Where(c => snapshot.Router.Route(c) is var r && (r.Declined || r.Confidence < threshold) && !shown.Contains(r.Intent)
                && !PayTopics.AsksPay(c, MessageSlots.Read(c, []))).ToList();
    }

    // The main answer already focused a general pay part on the level ("what do staff MLEs make" → staff pay).
    private static bool SameLevelFamily(KnowledgeEntry part, KnowledgeEntry main) =>
        PayTopics.IsPay(part) && PayTopics.IsPay(main) && !part.Tags.Any(t => t.StartsWith("level-", StringComparison.Ordinal));
}

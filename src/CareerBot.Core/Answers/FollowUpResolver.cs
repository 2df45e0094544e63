using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Answers;

/// <summary>
/// Picks the topic of a message read in context (see <see cref="ContextRule"/>): a message that only changes slots
/// ("and in new york?", "for L6?") keeps the last topic; a message the router understands on its own takes its own topic;
/// only one it cannot place alone is routed together with the last topic's title ("and the bonus part?" after the example).
/// </summary>
public static class FollowUpResolver
{
    public static RouteResult Resolve(KnowledgeSnapshot knowledge, RouteResult standalone, string text, MessageSlots slots, DialogueState previous)
    {
        if (knowledge.Find(previous.Topic) is not { } last) return standalone;
        if (ContextRule.OnlyChangesSlots(text, slots, knowledge.Router)) return Picked(last.Id, standalone);
        if (!standalone.Declined) return standalone;
        var withTopic = knowledge.Router.Route(text + " " + last.Title);
        return withTopic.Declined ? standalone : withTopic;
    }

    private static RouteResult Picked(string intent, RouteResult route) =>
        new(intent, Math.Max(route.Confidence, 0.5), route.Candidates, Declined: false);
}

using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Answers;

/// <summary>
/// Picks the topic of a message read in context (see <see cref="ContextRule"/>): a message that only changes slots
/// ("and in new york?", "for L6?") keeps the last topic; a message the router understands on its own takes its own topic;
/// one it cannot place alone (or only as small talk) is routed together with the last topic's title ("why does year 2
/// drop" after the worked example).
/// </summary>
public static class FollowUpResolver
{
    public static RouteResult Resolve(KnowledgeSnapshot knowledge, RouteResult standalone, string text, MessageSlots slots, DialogueState previous)
    {
        if (knowledge.Find(previous.Topic) is not { } last) return standalone;
        // A bare level or years after small talk ("new grad" after help), a level or place after a pay-meta answer, or an
        // employer or company level after any topic that is not pay ("E4 at meta?"), asks what that pays.
        if (ContextRule.OnlyChangesSlots(text, slots, knowledge.Router))
        {
            var namesLevelOrPlace = slots.Level is not null || slots.YearsOfExperience is not null || slots.Place is not null;
            var asksPay = (slots.Level is not null || slots.YearsOfExperience is not null) && last.HasTag("smalltalk")
                // After a pay-meta answer (base vs TC, where the figures come from) a level or place asks what it pays.
                || namesLevelOrPlace && last.HasTag("meta")
                || (slots.Employer is not null || slots.CompanyLevel is not null) && !PayTopics.AnswersPay(last);
            return Picked(asksPay ? PayTopics.OverviewId : last.Id, standalone);
        }
        var withTopic = knowledge.Router.Route(text + " " + last.Title);
        // Small talk matched inside a follow-up ("whats base then") is weaker than the topic in play.
        var preferTopic = standalone.Declined || knowledge.Find(standalone.Intent)?.HasTag("smalltalk") == true;
        return preferTopic && !withTopic.Declined ? withTopic : standalone;
    }

    private static RouteResult Picked(string intent, RouteResult route) =>
        new(intent, Math.Max(route.Confidence, 0.5), route.Candidates, Declined: false);
}

using CareerBot.Core.Knowledge;
using CareerBot.Core.Pipeline;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.Answers;

/// <summary>Builds the reply for a knowledge entry: its answer, its sources, and two or three related questions to ask next.</summary>
public static class KnowledgeReply
{
    public static Reply Build(KnowledgeSnapshot knowledge, KnowledgeEntry entry, double confidence, IReadOnlyList<Entity> entities)
    {
        var followUps = entry.Related
            .Select(knowledge.Find)
            .OfType<KnowledgeEntry>()
            .Select(r => r.Questions[0])
            .Take(3)
            .ToList();
        return new Reply(ReplyKind.Answer, entry.Id, confidence, entry.Answer)
        {
            Detail = entry.Detail,
            Sources = entry.Sources,
            Entities = entities,
            FollowUps = followUps,
        };
    }
}

using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.Answers;

/// <summary>Builds the reply for a knowledge entry: its answer, its sources, and two or three related questions to ask next.</summary>
public static class KnowledgeReply
{
    /// <summary>Shown where the sources go when an answer has none (a moderator's /kb add without source:), so members can tell.</summary>
    public const string ModeratorsWroteIt = "written by this community's moderators, not taken from a published source";

    public static Reply Build(KnowledgeSnapshot knowledge, KnowledgeEntry entry, double confidence, IReadOnlyList<Entity> entities)
    {
        var followUps = entry.Related
            .Select(knowledge.Find)
            .OfType<KnowledgeEntry>()
            .Select(r => r.AskedAs)
            .Take(3)
            .ToList();
        return new Reply(ReplyKind.Answer, entry.Id, confidence, entry.Answer)
        {
            Detail = entry.Detail,
            MoreIntent = entry.Detail is null ? null : entry.Id,
            Sources = SourcesOf(entry),
            Entities = entities,
            FollowUps = followUps,
        };
    }

    /// <summary>One reply answering two parts of a question: the main answer, then the second under a rule; sources of both.</summary>
    public static Reply Combine(Reply main, KnowledgeEntry second) => main with
    {
        Markdown = main.Markdown + "\n\n---\n**" + second.Title + "**\n\n" + second.Answer,
        Sources = SourceList.Merge(main.Sources.Concat(SourcesOf(second))),
        FollowUps = main.FollowUps.Take(2).ToList(),
    };

    /// <summary>Small talk (greetings, thanks) states no facts, so it needs no source and no label.</summary>
    private static IReadOnlyList<string> SourcesOf(KnowledgeEntry entry) =>
        entry.Sources.Count > 0 || entry.HasTag("smalltalk") ? entry.Sources : [ModeratorsWroteIt];
}

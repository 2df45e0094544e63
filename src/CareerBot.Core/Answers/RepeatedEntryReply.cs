using System.Text;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Recognition;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Answers;

/// <summary>
/// A follow-up that lands on the entry just shown: the lines that name what the follow-up asks about (or the entry's
/// longer detail), pointing to the answer above for the rest, instead of the same text again.
/// </summary>
public static class RepeatedEntryReply
{
    public static Reply Build(KnowledgeSnapshot knowledge, KnowledgeEntry entry, string text, Conversations.Place? place, double confidence, IReadOnlyList<Entity> entities)
    {
        var terms = TextNormalizer.Tokenize(text).Where(t => !StopWords.Contains(t) && t.Length > 1)
            .Concat(entities.Where(e => e.Type is EntityType.Specialization or EntityType.Place or EntityType.Level).SelectMany(e => new[] { e.Text, e.Canonical?.Replace('-', ' ') ?? e.Text }));
        var lines = EntryLines.Naming(entry, terms, withDetail: true);
        var sb = new StringBuilder();
        // "do the numbers work for canada?": say what the sources leave out before pointing back.
        if (place is { InUnitedStates: false }) sb.Append(PayReply.OutsideUsNote(place)).Append("\n\n");
        if (lines.Count > 0)
        {
            sb.Append($"From *{entry.Title}*, the part you're asking about:\n");
            foreach (var line in lines) sb.Append(line).Append('\n');
            sb.Append("\nThe rest is in my answer above.");
        }
        else if (entry.Detail is { } detail)
            sb.Append($"More on *{entry.Title}* (the main points are in my answer above):\n\n").Append(detail);
        else
            sb.Append($"That's the *{entry.Title}* answer just above; my sources say nothing more specific on it. Try one of the questions below, or ask about another topic.");
        var reply = KnowledgeReply.Build(knowledge, entry, confidence, entities);
        return reply with { Markdown = sb.ToString().Trim(), Detail = null };
    }
}

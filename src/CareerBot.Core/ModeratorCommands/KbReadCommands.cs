using System.Text;
using CareerBot.Core.Commands;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Moderation;
using CareerBot.Core.Routing;

namespace CareerBot.Core.ModeratorCommands;

/// <summary>/kb show, list, search, edit, history and diff: reading answers and their versions.</summary>
public sealed class KbReadCommands(KnowledgeBase knowledge, KnowledgeOverlay overlay, KnowledgeHistory history, IRevisionStore store)
{
    private const int MaxListed = 25;
    private const int MaxHistory = 20;

    public async Task<Reply> ShowAsync(CommandDescriptor sub, KbArguments args, CancellationToken cancellationToken)
    {
        var id = args["id"]!;
        if (await history.LatestAsync(id, cancellationToken) is not { } latest) return UnknownId(sub, id);
        var c = latest.Content;
        var markdown = $"**{id}** · {KbReplies.Origin(latest)}\n**{c.Title}**\n" +
                       $"Tags: {(c.Tags.Count > 0 ? string.Join(", ", c.Tags) : "none")} · {c.Questions.Count} phrasings · `/kb history {id}`\n\n{c.Answer}";
        return KbReplies.Result(markdown, c.Detail);
    }

    public Reply List(KbArguments args)
    {
        var tag = args["tag"];
        var entries = knowledge.Current.Ordered.Where(e => tag is null || e.HasTag(tag)).ToList();
        if (entries.Count == 0)
            return KbReplies.Result($"No answers are tagged `{tag}`. Tags in use: {string.Join(", ", knowledge.Current.Ordered.SelectMany(e => e.Tags).Distinct().Order())}");
        var lines = entries.Select(e => $"- `{e.Id}` v{overlay.VersionOf(e.Id)} — {e.Title}").ToList();
        var header = tag is null ? $"**{entries.Count} answers**" : $"**{entries.Count} answers tagged {tag}**";
        return KbReplies.Result(header + "\n" + string.Join('\n', lines.Take(MaxListed)),
            lines.Count > MaxListed ? string.Join('\n', lines.Skip(MaxListed)) : null);
    }

    public Reply Search(KbArguments args)
    {
        var words = Words(args["words"]!);
        var hits = knowledge.Current.Ordered
            .Select(e => (Entry: e, Score: Score(e, words)))
            .Where(h => h.Score > 0)
            .OrderByDescending(h => h.Score).ThenBy(h => h.Entry.Id, StringComparer.Ordinal)
            .Take(10)
            .Select(h => $"- `{h.Entry.Id}` — {h.Entry.Title}")
            .ToList();
        return KbReplies.Result(hits.Count == 0
            ? $"No answer mentions “{args["words"]}”. Try other words, or `/kb list`."
            : $"**Answers about “{args["words"]}”**\n" + string.Join('\n', hits));
    }

    public async Task<Reply> EditAsync(CommandDescriptor sub, KbArguments args, CancellationToken cancellationToken)
    {
        var id = args["id"]!;
        if (await history.EditFormAsync(id, cancellationToken) is not { } form) return UnknownId(sub, id);
        return KbReplies.Result(
            $"Editing **{id}** from version {form.Version}. Send the whole new text with\n`{form.SetCommand("<new text>")}`\n" +
            $"(text after `{KnowledgeLimits.MoreMarker}` is the longer detail; leave the marker out to keep the detail as it is).\n" +
            "```markdown\n" + RevisionDiff.Defuse(form.Body) + "\n```") with { EditForm = form };
    }

    public async Task<Reply> HistoryAsync(CommandDescriptor sub, KbArguments args, CancellationToken cancellationToken)
    {
        var id = args["id"]!;
        var revisions = await store.HistoryAsync(id, cancellationToken);
        var baseline = await history.AtAsync(id, 0, cancellationToken);
        if (revisions.Count == 0 && baseline is null) return UnknownId(sub, id);
        var sb = new StringBuilder($"**History of {id}** (newest first)\n");
        foreach (var r in revisions.Take(MaxHistory))
            sb.Append("- ").Append(KbReplies.Origin(new EntryVersion(id, r.Version, r.Content, r))).Append('\n');
        if (revisions.Count > MaxHistory) sb.Append($"- … {revisions.Count - MaxHistory} older versions\n");
        if (baseline is not null) sb.Append("- ").Append(KbReplies.Origin(baseline)).Append('\n');
        if (revisions.Count > 0) sb.Append($"Compare with `/kb diff {id} {revisions[^1].Version - 1} {revisions[0].Version}`; restore with `/kb revert {id} <version>`.");
        return KbReplies.Result(sb.ToString().TrimEnd());
    }

    public async Task<Reply> DiffAsync(CommandDescriptor sub, KbArguments args, CancellationToken cancellationToken)
    {
        var id = args["id"]!;
        var (v1, p1) = args.Version("v1");
        var (v2, p2) = args.Version("v2");
        if ((p1 ?? p2) is { } problem) return KbReplies.Refusal(sub, problem, change: false);
        var before = await history.AtAsync(id, v1!.Value, cancellationToken);
        var after = await history.AtAsync(id, v2!.Value, cancellationToken);
        if (before is null || after is null)
        {
            if (await history.LatestAsync(id, cancellationToken) is not { } latest) return UnknownId(sub, id);
            var first = await history.AtAsync(id, 0, cancellationToken) is null ? 1 : 0;
            return KbReplies.Refusal(sub, $"{id} has versions {first} to {latest.Version}; there is no version {(before is null ? v1 : v2)}", change: false);
        }
        return KbReplies.Result($"**{id}** version {v1} → {v2}\n" + RevisionDiff.Render(id, before.Content, after.Content));
    }

    public static Reply UnknownId(CommandDescriptor sub, string id) =>
        KbReplies.Refusal(sub, $"there is no answer with id `{id}`; find ids with `/kb search <words>` or `/kb list`", change: sub.Name is "set" or "teach" or "revert" or "retire");

    private static HashSet<string> Words(string text) =>
        TextNormalizer.Tokenize(text).Where(t => !StopWords.Contains(t)).Select(TextNormalizer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words in the id, title or phrasings count three times as much as words only in the answer.</summary>
    private static int Score(KnowledgeEntry e, HashSet<string> words)
    {
        var topic = Words(string.Join(' ', e.Questions.Prepend(e.Title).Prepend(e.Id.Replace('-', ' '))));
        var answer = Words(e.Answer + " " + e.Detail);
        return words.Sum(w => topic.Contains(w) ? 3 : answer.Contains(w) ? 1 : 0);
    }
}

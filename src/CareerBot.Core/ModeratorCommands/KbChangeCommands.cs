using System.Text;
using CareerBot.Core.Commands;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Moderation;

namespace CareerBot.Core.ModeratorCommands;

/// <summary>
/// /kb set, add, teach and revert. Each change starts from a version (<c>from:</c>, or the newest when omitted) and is
/// saved only if that is still the newest — a second editor from the same version is refused and shown what changed.
/// </summary>
public sealed class KbChangeCommands(
    KnowledgeBase knowledge,
    KnowledgeHistory history,
    KnowledgeOverlay overlay,
    IRevisionStore store,
    TimeProvider time)
{
    public const int MaxCommentLength = 200;
    public const int MaxSourceLength = 300;

    public async Task<Reply> SetAsync(CommandDescriptor sub, KbArguments args, ChatUser user, CancellationToken cancellationToken)
    {
        var id = args["id"]!;
        var markdown = args["markdown"]!;
        var (sources, sourceProblem) = Sources(args);
        if (sourceProblem is not null) return KbReplies.Refusal(sub, sourceProblem, change: true);
        var (basis, refusal) = await BasisAsync(sub, id, args, markdown, cancellationToken);
        if (basis is null) return refusal!;
        var marker = markdown.IndexOf(KnowledgeLimits.MoreMarker, StringComparison.Ordinal);
        // Without the more-marker only the answer changes and the detail stays; with it, both are replaced.
        var content = marker < 0
            ? basis.Content with { Answer = markdown }
            : basis.Content with { Answer = markdown[..marker], Detail = markdown[(marker + KnowledgeLimits.MoreMarker.Length)..] };
        // A given source replaces the old ones (the new text rests on it); without one the sources stay as they were.
        if (sources is not null) content = content with { Sources = sources };
        return await SaveAsync(sub, basis, content, RevisionKind.Set, args, user, markdown, cancellationToken);
    }

    public async Task<Reply> TeachAsync(CommandDescriptor sub, KbArguments args, ChatUser user, CancellationToken cancellationToken)
    {
        var id = args["id"]!;
        var question = args["question"]!.Trim();
        if (question.Length > KnowledgeLimits.MaxQuestionLength)
            return KbReplies.Refusal(sub, $"the question is {question.Length} characters; phrasings are at most {KnowledgeLimits.MaxQuestionLength}", change: true);
        var (basis, refusal) = await BasisAsync(sub, id, args, question, cancellationToken);
        if (basis is null) return refusal!;
        if (basis.Content.Questions.Contains(question, StringComparer.OrdinalIgnoreCase))
            return KbReplies.Refusal(sub, $"“{question}” is already a phrasing of `{id}`", change: true);
        var content = basis.Content with { Questions = [.. basis.Content.Questions, question] };
        return await SaveAsync(sub, basis, content, RevisionKind.Teach, args, user, question, cancellationToken);
    }

    public async Task<Reply> RevertAsync(CommandDescriptor sub, KbArguments args, ChatUser user, CancellationToken cancellationToken)
    {
        var id = args["id"]!;
        var (version, problem) = args.Version("version");
        if (problem is not null) return KbReplies.Refusal(sub, problem, change: true);
        var (basis, refusal) = await BasisAsync(sub, id, args, null, cancellationToken);
        if (basis is null) return refusal!;
        if (version == basis.Version) return KbReplies.Refusal(sub, $"version {version} is already the current version of `{id}`", change: true);
        if (await history.AtAsync(id, version!.Value, cancellationToken) is not { } target)
            return KbReplies.Refusal(sub, $"`{id}` has no version {version}; see `/kb history {id}`", change: true);
        return await SaveAsync(sub, basis, target.Content, RevisionKind.Revert, args, user, null, cancellationToken, $"revert to version {version}");
    }

    public async Task<Reply> AddAsync(CommandDescriptor sub, KbArguments args, ChatUser user, CancellationToken cancellationToken)
    {
        var id = args["id"]!.Trim();
        if (!KnowledgeId.IsValid(id))
            return KbReplies.Refusal(sub, $"the id `{id}` must be lower-case letters, digits and single dashes", change: true);
        if (knowledge.Current.Find(id) is not null || await history.LatestAsync(id, cancellationToken) is not null)
            return KbReplies.Refusal(sub, $"an answer with id `{id}` already exists; change it with `/kb set {id} …` or pick another id", change: true);
        var questions = args["questions"]!.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (questions.FirstOrDefault(q => q.Length > KnowledgeLimits.MaxQuestionLength) is { } tooLong)
            return KbReplies.Refusal(sub, $"the question “{tooLong[..40]}…” is {tooLong.Length} characters; phrasings are at most {KnowledgeLimits.MaxQuestionLength}", change: true);
        var (sources, sourceProblem) = Sources(args);
        if (sourceProblem is not null) return KbReplies.Refusal(sub, sourceProblem, change: true);
        var content = new EntryContent(args["title"]!.Trim(), questions, [], sources ?? [], [], args["answer"]!, null);
        var basis = new EntryVersion(id, 0, content, null);
        return await SaveAsync(sub, basis, content, RevisionKind.Add, args, user, args["answer"], cancellationToken);
    }

    /// <summary>
    /// Takes an answer out of what members are served, as a new version; <c>/kb revert id &lt;earlier version&gt;</c>
    /// brings it back. Nothing is deleted.
    /// </summary>
    public async Task<Reply> RetireAsync(CommandDescriptor sub, KbArguments args, ChatUser user, CancellationToken cancellationToken)
    {
        var id = args["id"]!;
        var (basis, refusal) = await BasisAsync(sub, id, args, null, cancellationToken);
        if (basis is null) return refusal!;
        if (basis.Revision?.Kind == RevisionKind.Retire)
            return KbReplies.Refusal(sub, $"`{id}` is already retired (version {basis.Version}); bring it back with `/kb revert {id} {basis.Version - 1}`", change: true);
        return await SaveAsync(sub, basis, basis.Content, RevisionKind.Retire, args, user, null, cancellationToken);
    }

    /// <summary>The optional <c>source:</c> as a list (several separated by |), null when not given, or the problem.</summary>
    private static (IReadOnlyList<string>? Sources, string? Problem) Sources(KbArguments args)
    {
        if (args[KbArguments.Source] is not { } raw) return (null, null);
        var sources = raw.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (sources.Length == 0) return (null, "source: is empty; give a link or a publication, e.g. source:\"https://www.bls.gov/ooh/\"");
        if (sources.FirstOrDefault(s => s.Length > MaxSourceLength) is { } tooLong)
            return (null, $"a source is {tooLong.Length} characters; the limit is {MaxSourceLength}");
        return (sources, null);
    }

    /// <summary>The version the change starts from: <c>from:</c> if given and still the newest, else the newest.</summary>
    private async Task<(EntryVersion? Basis, Reply? Refusal)> BasisAsync(
        CommandDescriptor sub, string id, KbArguments args, string? submitted, CancellationToken cancellationToken)
    {
        var (from, problem) = args.Version(KbArguments.From);
        if (problem is not null) return (null, KbReplies.Refusal(sub, problem, change: true));
        if (await history.LatestAsync(id, cancellationToken) is not { } latest) return (null, KbReadCommands.UnknownId(sub, id));
        if (from is null || from == latest.Version) return (latest, null);
        if (from > latest.Version)
            return (null, KbReplies.Refusal(sub, $"`{id}` has no version {from} yet; its newest version is {latest.Version}", change: true));
        var started = await history.AtAsync(id, from.Value, cancellationToken);
        return (null, started is null
            ? KbReplies.Refusal(sub, $"`{id}` has no version {from}; see `/kb history {id}`", change: true)
            : await ConflictAsync(started, latest, submitted, cancellationToken));
    }

    private async Task<Reply> SaveAsync(CommandDescriptor sub, EntryVersion basis, EntryContent content, RevisionKind kind,
        KbArguments args, ChatUser user, string? submitted, CancellationToken cancellationToken, string? autoComment = null)
    {
        var comment = string.Join(" — ", new[] { autoComment, args[KbArguments.Comment]?.Trim() }.Where(c => !string.IsNullOrEmpty(c)));
        if (comment.Length > MaxCommentLength)
            return KbReplies.Refusal(sub, $"the comment is {comment.Length} characters; the limit is {MaxCommentLength}", change: true);
        var now = time.GetUtcNow();
        // Links to retired entries are not served; keeping them would make every later change of this entry fail the related-id check.
        content = content with { Related = content.Related.Where(r => knowledge.Current.Find(r) is not null).ToList() };
        var (checkedContent, problem) = EntryValidator.Check(basis.EntryId, content, knowledge.Current, DateOnly.FromDateTime(now.UtcDateTime));
        if (checkedContent is null) return KbReplies.Refusal(sub, problem!, change: true);

        var revision = new KnowledgeRevision(basis.EntryId, basis.Version + 1, kind,
            new RevisionAuthor(user.Platform, user.Id, user.DisplayName), now, comment, checkedContent);
        var result = await store.AppendAsync(revision, cancellationToken);
        if (!result.Saved)
        {
            var current = result.Current!;
            return await ConflictAsync(basis, new EntryVersion(current.EntryId, current.Version, current.Content, current), submitted, cancellationToken);
        }
        overlay.Apply(revision);
        if (kind == RevisionKind.Retire)
            return KbReplies.Result($"Retired **{basis.EntryId}** (version {revision.Version}): members no longer get this answer. Bring it back with `/kb revert {basis.EntryId} {basis.Version}`.");
        // Reverting to the retired version would not retire the entry again (a revert restores content, not retirement).
        var undo = basis.Revision?.Kind == RevisionKind.Retire ? $" Members get it again; retire it again with `/kb retire {basis.EntryId}`."
            : basis.Version > 0 || kind != RevisionKind.Add ? $" Undo with `/kb revert {basis.EntryId} {basis.Version}`." : "";
        var change = kind == RevisionKind.Add ? "" : "\n" + RevisionDiff.Render(basis.EntryId, basis.Content, checkedContent);
        return KbReplies.Result($"Saved **{basis.EntryId}** version {revision.Version} ({kind.ToString().ToLowerInvariant()}); it is live now.{undo}{change}");
    }

    /// <summary>Refuses an edit started from an older version, showing who changed what since, and hands the text back.</summary>
    private async Task<Reply> ConflictAsync(EntryVersion started, EntryVersion latest, string? submitted, CancellationToken cancellationToken)
    {
        var id = started.EntryId;
        var since = (await store.HistoryAsync(id, cancellationToken))
            .Where(r => r.Version > started.Version && r.Version <= latest.Version)
            .Select(r => $"- {KbReplies.Origin(new EntryVersion(id, r.Version, r.Content, r))}");
        var sb = new StringBuilder($"**Not saved:** `{id}` changed after version {started.Version}, the version you started from:\n");
        sb.Append(string.Join('\n', since)).Append('\n');
        sb.Append(RevisionDiff.Render(id, started.Content, latest.Content)).Append('\n');
        sb.Append($"Nothing was overwritten. Check their change, then send yours again from version {latest.Version}: `/kb set {id} from:{latest.Version} …`");
        var detail = submitted is null ? null : "Your unsaved text:\n```\n" + RevisionDiff.Defuse(submitted) + "\n```";
        return new Reply(ReplyKind.InputError, Reply.NoIntent, 0, sb.ToString()) { Detail = detail };
    }
}

using System.Text;
using CareerBot.Core.Commands;
using CareerBot.Core.Messages;
using CareerBot.Core.Moderation;

namespace CareerBot.Core.ModeratorCommands;

/// <summary>/kb unanswered and /kb feedback: what members asked that the bot could not answer well, and what they rated down.</summary>
public sealed class KbLogCommands(IQuestionLog log, TimeProvider time)
{
    public const int DefaultDays = 7;
    public const int MaxDays = 365;
    private const int Listed = 15;

    public async Task<Reply> UnansweredAsync(CommandDescriptor sub, KbArguments args, CancellationToken cancellationToken)
    {
        var (days, problem) = args.Version("days");
        if (problem is not null || days is < 1 or > MaxDays)
            return KbReplies.Refusal(sub, $"days must be a whole number from 1 to {MaxDays}, got `{args["days"]}`", change: false);
        var window = days ?? DefaultDays;
        var groups = await log.TopUnansweredAsync(time.GetUtcNow().AddDays(-window), Listed, cancellationToken);
        if (groups.Count == 0) return KbReplies.Result($"No declined or unsure questions in the last {window} days.");
        var sb = new StringBuilder($"**Questions I declined or was unsure about, last {window} days** (most frequent first)\n");
        var n = 0;
        foreach (var g in groups)
        {
            sb.Append($"{++n}. {g.Count}× {MemberText(g.Example)} — last {KbReplies.Time(g.LastAsked)}");
            if (g.Guess is not null) sb.Append($" · best guess `{g.Guess}`");
            sb.Append('\n');
        }
        sb.Append("Teach a phrasing with `/kb teach <id> <question>`, or write a new answer with `/kb add`.");
        return KbReplies.Result(sb.ToString());
    }

    public async Task<Reply> FeedbackAsync(CancellationToken cancellationToken)
    {
        var rated = await log.TopRatedDownAsync(DateTimeOffset.MinValue, Listed, cancellationToken);
        if (rated.Count == 0) return KbReplies.Result("No answer has been rated down.");
        var sb = new StringBuilder("**Answers members rated down** (most first)\n");
        foreach (var f in rated)
            sb.Append($"- {MemberText(f.Intent)} 👎 {f.RatedDown} · 👍 {f.RatedUp} — e.g. {MemberText(f.ExampleQuestion)} ({KbReplies.Time(f.LastRatedDown)})\n");
        sb.Append("Read one with `/kb show <id>` and improve it with `/kb set <id> …`.");
        return KbReplies.Result(sb.ToString());
    }

    /// <summary>
    /// What a member typed, shown to moderators as inline code: a masked link, a mention or Markdown in it stays plain text
    /// on every platform instead of becoming a working link or ping in a moderator's view.
    /// </summary>
    private static string MemberText(string text) => MentionGuard.InlineCode(text, MaxMemberText);

    private const int MaxMemberText = 120;
}

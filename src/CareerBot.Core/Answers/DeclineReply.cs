using System.Text;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Recognition;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Answers;

/// <summary>The reply when the bot is not confident: what it can answer, and "did you mean" when close candidates exist.</summary>
public static class DeclineReply
{
    private const double SuggestionFloor = 0.15;

    /// <summary>
    /// Roles next to ML engineering and career topics that members ask about and none of the articles covers, with the
    /// words that name them and what the decline says first.
    /// </summary>
    private static readonly (string[] Words, string Note)[] Uncovered =
    [
        (["manager", "managers", "mgr", "mgrs", "em", "ems"], OtherRole("managers")),
        (["director", "directors", "vp", "vps"], OtherRole("directors and VPs")),
        (["pm", "pms"], OtherRole("product managers")),
        (["analyst", "analysts"], OtherRole("analysts")),
        (["leetcode", "interview", "interviews", "interviewing", "whiteboard"], "**Interviews:** none of the articles covers interview preparation (coding rounds, LeetCode, system design)."),
        (["visa", "visas", "h1b", "h-1b", "sponsorship", "sponsor", "opt"], "**Visas:** none of the articles covers visas or sponsorship."),
    ];

    private static string OtherRole(string role) => $"**ML {role}:** the articles cover ML engineers; none gives pay or career figures for {role}.";

    public static Reply Build(KnowledgeSnapshot knowledge, RouteResult route, IReadOnlyList<Entity> entities, string text = "")
    {
        var suggestions = route.Candidates
            .Where(c => c.Score >= SuggestionFloor && c.Score >= route.Confidence - knowledge.Router.Options.SuggestionMargin)
            .Select(c => knowledge.Find(c.Intent))
            .OfType<KnowledgeEntry>()
            .Take(3)
            .ToList();
        var sb = new StringBuilder();
        // Say what the sources leave out, rather than only "not sure": "how much do ml managers make".
        var words = text.ToLowerInvariant().Split([' ', ',', '.', '?', '!', '\'', '"'], StringSplitOptions.RemoveEmptyEntries);
        if (Uncovered.FirstOrDefault(u => u.Words.Any(words.Contains)) is { Note: { } note })
            sb.Append(note).Append("\n\n");
        // The candidates are the reply's follow-ups (buttons on Discord and Slack, numbered in the console), each asked as
        // its entry is asked (KnowledgeEntry.AskedAs): listed once, in one wording.
        sb.Append(suggestions.Count > 0
            ? "I'm not sure I understood. Did you mean one of the questions below? Otherwise, I answer questions about machine-learning-engineer careers:\n"
            : "Sorry, that's outside what I know. I answer questions about machine-learning-engineer careers:\n");
        sb.Append("- pay by level (new grad, mid, senior, staff), total comp, location, specializations\n");
        sb.Append("- PhD or not, skills, moving in from software or data science, negotiation\n");
        sb.Append("- offer math: `/offer base:180k bonus:15% stock:600k vesting:4y signon:75k`\n");
        sb.Append("Type `/help` for everything I can do.");
        return new Reply(ReplyKind.Decline, Reply.NoIntent, route.Confidence, sb.ToString())
        {
            Entities = entities,
            FollowUps = suggestions.Select(s => s.AskedAs).ToList(),
        };
    }
}

using System.Text;
using System.Text.RegularExpressions;
using CareerBot.Adapters.Outbound;
using CareerBot.Core.Messages;

namespace CareerBot.Discord.Outbound;

/// <summary>
/// <see cref="Reply"/> → Discord message text: the Markdown (Discord renders it, except tables, which become aligned code
/// blocks), the detail only where no More button offers it, then the sources once as a small italic line; follow-up
/// questions are buttons (<see cref="ReplyComponents"/>). Split under 2,000 characters per message only when needed.
/// </summary>
public static partial class DiscordReplyRenderer
{
    /// <summary>Discord's limit for a message's content, in characters.</summary>
    public const int MessageLength = 2000;
    public const string SilentFallback = "You're sending commands faster than I can answer. Please wait a few seconds.";

    public static IReadOnlyList<string> Render(Reply reply)
    {
        var text = new StringBuilder(MonospaceTables.Convert(reply.Markdown.Trim()));
        if (!string.IsNullOrWhiteSpace(reply.Detail) && !reply.OffersMore)
            text.Append("\n\n").Append(MonospaceTables.Convert(reply.Detail.Trim()));
        if (reply.Sources.Count > 0)
            text.Append("\n-# *Sources: ").Append(NoPreviews(string.Join("; ", reply.Sources))).Append('*');
        if (ReplyComponents.QuestionsWithoutButton(reply) is { Count: > 0 } unbuttoned)
            text.Append("\n**You could also ask:** ").Append(string.Join(" · ", unbuttoned));
        var parts = TextSplitter.Split(text.ToString(), MessageLength);
        return parts.Count > 0 ? parts : [SilentFallback];
    }

    /// <summary>Decline and input errors are shown only to the person who ran the command.</summary>
    public static bool IsEphemeral(Reply reply) => reply.IsPrivate || reply.Kind is ReplyKind.Decline or ReplyKind.Silent;

    // <url> keeps Discord from unfurling a preview card for every source link.
    // An evaluator, not the "<$1>" pattern: Regex keeps a parsed replacement pattern only weakly, so every garbage collection
    // made the next reply parse it again.
    private static string NoPreviews(string text) => BareUrl().Replace(text, static url => $"<{url.Value}>");

    [GeneratedRegex(@"(?<![<(])(https?://[^\s>)]+)")]
    private static partial Regex BareUrl();
}

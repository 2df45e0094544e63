using System.Text;
using System.Text.RegularExpressions;
using CareerBot.Core.Pipeline;

namespace CareerBot.Discord.Messages;

/// <summary>
/// <see cref="Reply"/> → Discord message text: the Markdown as is (Discord renders it), the detail, then sources as a small
/// italic line and follow-up questions as a line; split under 2,000 characters per message.
/// </summary>
public static partial class DiscordReplyRenderer
{
    public const string SilentFallback = "You're sending commands faster than I can answer. Please wait a few seconds.";

    public static IReadOnlyList<string> Render(Reply reply)
    {
        var text = new StringBuilder(reply.Markdown.Trim());
        if (!string.IsNullOrWhiteSpace(reply.Detail)) text.Append("\n\n").Append(reply.Detail.Trim());
        if (reply.Sources.Count > 0)
            text.Append("\n-# *Sources: ").Append(NoPreviews(string.Join("; ", reply.Sources))).Append('*');
        if (reply.FollowUps.Count > 0)
            text.Append("\n**You could also ask:** ").Append(string.Join(" · ", reply.FollowUps));
        var parts = MessageSplitter.Split(text.ToString());
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

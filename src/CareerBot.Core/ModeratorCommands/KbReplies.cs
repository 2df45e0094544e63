using System.Globalization;
using CareerBot.Core.Commands;
using CareerBot.Core.Messages;
using CareerBot.Core.Moderation;

namespace CareerBot.Core.ModeratorCommands;

/// <summary>The wording shared by the /kb sub-commands: results, refusals with an example, authors and times.</summary>
public static class KbReplies
{
    public const string Intent = "kb";

    public static Reply Result(string markdown, string? detail = null) =>
        new(ReplyKind.Answer, Intent, 1, markdown) { Detail = detail };

    /// <summary>A refusal: what is wrong, that nothing changed (for changes), and one correct invocation.</summary>
    public static Reply Refusal(CommandDescriptor sub, string problem, bool change) =>
        new(ReplyKind.InputError, Reply.NoIntent, 0,
            $"Sorry, {problem}.{(change ? " Nothing was changed." : "")} Example: `{Example(sub)}`");

    public static string Example(CommandDescriptor sub) =>
        string.Join(' ', sub.Options.Where(o => o.Required).Select(o => o.Example).Prepend("/kb " + sub.Name));

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>"version 3 · set by alice (discord) on 2026-11-23 16:05 UTC", or the file for version 0.</summary>
    public static string Origin(EntryVersion version) => version.Revision is { } r
        ? $"version {r.Version} · {r.Kind.ToString().ToLowerInvariant()} by {r.Author} on {Time(r.At)}{(r.Comment.Length > 0 ? $" — “{r.Comment}”" : "")}"
        : $"version 0 · the reviewed file knowledge/{version.EntryId}.md";

    public static Reply StorageDown(string what) =>
        new(ReplyKind.InputError, Reply.NoIntent, 0,
            $"The answer database is unavailable right now (unreachable or locked), so I can't {what}. Nothing was changed and answers keep working from memory. Please try again in a minute.");
}

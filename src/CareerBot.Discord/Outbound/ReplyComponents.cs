using CareerBot.Core.Messages;
using CareerBot.Discord.Wire;

namespace CareerBot.Discord.Outbound;

/// <summary>
/// The buttons under an answer: More (the detail, shown only to the clicker), 👍/👎, Share in channel (for a private
/// reply about a member's own numbers), then a row of follow-up questions ("did you mean" choices on a decline). Every
/// custom id carries what its click needs (<see cref="ReplyButtons"/>, <see cref="AnswerFeedback.ButtonId"/>), so a
/// click needs nothing remembered. Only the last message of a split answer gets them.
/// </summary>
public static class ReplyComponents
{
    public const string MoreLabel = "More";
    public const string ShareLabel = "Share in channel";

    /// <summary>Discord's limit for a button label.</summary>
    public const int MaxLabel = 80;

    public static IReadOnlyList<DiscordComponent>? For(Reply reply)
    {
        var actions = new List<DiscordComponent>();
        if (reply.OffersMore)
            actions.Add(Button(ReplyButtons.More(reply.MoreIntent!), MoreLabel, DiscordComponent.PrimaryStyle));
        if (reply.Feedback is { } feedback)
        {
            actions.Add(Button(feedback.ButtonId(helpful: true, DiscordComponent.MaxCustomId), "Helpful", DiscordComponent.SecondaryStyle, "👍"));
            actions.Add(Button(feedback.ButtonId(helpful: false, DiscordComponent.MaxCustomId), "Not helpful", DiscordComponent.SecondaryStyle, "👎"));
        }
        if (reply.OffersShare && ReplyButtons.Share(reply.ShareCommand!, DiscordComponent.MaxCustomId) is { } share)
            actions.Add(Button(share, ShareLabel, DiscordComponent.PrimaryStyle));
        var questions = AskButtons(reply).Take(DiscordComponent.MaxButtonsPerRow).ToList();
        var rows = new List<DiscordComponent>();
        if (actions.Count > 0) rows.Add(new DiscordComponent(DiscordComponent.ActionRow, Components: actions));
        if (questions.Count > 0) rows.Add(new DiscordComponent(DiscordComponent.ActionRow, Components: questions));
        return rows.Count > 0 ? rows : null;
    }

    /// <summary>The follow-up questions too long for a button id; the renderer lists them as text instead.</summary>
    public static IReadOnlyList<string> QuestionsWithoutButton(Reply reply) =>
        reply.FollowUps.Where(q => ReplyButtons.Ask(q, DiscordComponent.MaxCustomId) is null).ToList();

    private static IEnumerable<DiscordComponent> AskButtons(Reply reply) =>
        reply.FollowUps.Select(q => (Id: ReplyButtons.Ask(q, DiscordComponent.MaxCustomId), Question: q))
            .Where(b => b.Id is not null)
            .Select(b => Button(b.Id!, Label(b.Question), DiscordComponent.SecondaryStyle));

    private static string Label(string question) => question.Length <= MaxLabel ? question : question[..(MaxLabel - 1)] + "…";

    private static DiscordComponent Button(string customId, string label, int style, string? emoji = null) =>
        new(DiscordComponent.Button, customId, style, label, emoji is null ? null : new ComponentEmoji(emoji));
}

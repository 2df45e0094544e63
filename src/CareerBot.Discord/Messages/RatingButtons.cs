using CareerBot.Core.Pipeline;
using CareerBot.Discord.Wire;

namespace CareerBot.Discord.Messages;

/// <summary>
/// The 👍/👎 row under a knowledge answer. The buttons' custom ids carry the answer's intent and question
/// (<see cref="AnswerFeedback.ButtonId"/>), so a click needs nothing remembered. Only the last message of a split answer gets it.
/// </summary>
public static class RatingButtons
{
    public static IReadOnlyList<DiscordComponent>? For(Reply reply) =>
        reply.Feedback is not { } feedback ? null :
        [
            new DiscordComponent(DiscordComponent.ActionRow, Components:
            [
                Button(feedback, helpful: true, "👍", "Helpful"),
                Button(feedback, helpful: false, "👎", "Not helpful"),
            ]),
        ];

    private static DiscordComponent Button(AnswerFeedback feedback, bool helpful, string emoji, string label) =>
        new(DiscordComponent.Button, feedback.ButtonId(helpful, DiscordComponent.MaxCustomId), DiscordComponent.SecondaryStyle, label, new ComponentEmoji(emoji));
}

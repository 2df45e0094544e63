namespace CareerBot.Core.Messages;

/// <summary>A click on a component under a reply (More, 👍/👎, a follow-up question, Share in channel).</summary>
/// <param name="ActionId">The component's id on the platform (Discord custom_id, Slack action_id).</param>
/// <param name="Value">
/// What the click carries, made by <see cref="ReplyButtons"/> or <see cref="AnswerFeedback.ButtonId"/>: a Slack button's
/// value, or on Discord, whose buttons have no value, the custom_id.
/// </param>
/// <param name="MessageId">The message holding the component: the answer a rating counts once per member for.</param>
public sealed record ComponentAction(string ActionId, string Value, string MessageId) : Invocation;

using CareerBot.Core.Offers;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.Conversations;

/// <summary>What the bot last answered in a conversation, so "and for senior?" can be read in context.</summary>
public sealed record ConversationTurn(string Intent, IReadOnlyList<Entity> Entities, DateTimeOffset At)
{
    /// <summary>The offer last worked out in the conversation, for "what if the base were 190k?" and "why does year 1 pay more?".</summary>
    public OfferInput? LastOffer { get; init; }
}

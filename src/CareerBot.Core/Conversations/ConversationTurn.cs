using CareerBot.Core.Recognition;

namespace CareerBot.Core.Conversations;

/// <summary>What the bot last answered in a conversation, so "and for senior?" can be read in context.</summary>
public sealed record ConversationTurn(string Intent, IReadOnlyList<Entity> Entities, DateTimeOffset At);

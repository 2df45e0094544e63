using System.ComponentModel.DataAnnotations;

namespace CareerBot.Core.Conversations;

/// <summary>Bound from the "Conversation" section.</summary>
public sealed record ConversationOptions
{
    public const string Section = "Conversation";

    /// <summary>How long a follow-up is read in the context of the previous answer.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ContextLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Most conversations remembered at once; the oldest are forgotten first.</summary>
    [Range(10, 1_000_000)]
    public int MaxConversations { get; init; } = 10_000;
}

namespace CareerBot.Core.Moderation;

/// <summary>A question the bot declined or answered with low confidence. No user: the text and the time only.</summary>
/// <param name="Normalized">Lower-case words used to group rephrasings of the same question.</param>
/// <param name="Guess">The router's best guess, if any.</param>
public sealed record UnansweredQuestion(string Question, string Normalized, string? Guess, double Confidence, bool Declined, DateTimeOffset At);

namespace CareerBot.Core.Moderation;

/// <summary>Unanswered questions with the same normalised text.</summary>
/// <param name="Example">One of the questions as typed.</param>
/// <param name="Guess">The router's most recent best guess.</param>
public sealed record UnansweredGroup(string Normalized, string Example, int Count, DateTimeOffset LastAsked, string? Guess);

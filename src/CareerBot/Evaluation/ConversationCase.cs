namespace CareerBot.Evaluation;

/// <summary>One conversation of the evaluation set: a member's messages in order, each with what must hold.</summary>
public sealed record ConversationCase(string Title, IReadOnlyList<ConversationTurnCase> Turns);

/// <summary>One message of a conversation and its expectation; <paramref name="Line"/> is its line in the set file.</summary>
public sealed record ConversationTurnCase(string Message, TurnExpectation Expected, int Line);

namespace CareerBot.Core.Messages;

/// <summary>A submitted form (a Discord modal, a Slack view): the id it was opened with and its fields by id, values as typed.</summary>
public sealed record FormSubmission(string FormId, IReadOnlyDictionary<string, string> Fields) : Invocation;

namespace CareerBot.Core.Moderation;

/// <summary>How members rated one answer, with a recent question it was rated down for.</summary>
public sealed record FeedbackSummary(string Intent, int RatedDown, int RatedUp, string ExampleQuestion, DateTimeOffset LastRatedDown);

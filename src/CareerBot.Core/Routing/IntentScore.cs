namespace CareerBot.Core.Routing;

public readonly record struct IntentScore(string Intent, double Score);

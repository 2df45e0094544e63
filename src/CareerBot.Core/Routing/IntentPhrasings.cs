namespace CareerBot.Core.Routing;

/// <summary>What the router learns an intent from: its id and the ways of asking for it.</summary>
public sealed record IntentPhrasings(string Intent, IReadOnlyList<string> Phrasings);

namespace CareerBot.Core.Routing;

/// <summary>The router's pick: the best intent, its confidence, and the runners-up (best first).</summary>
public sealed record RouteResult(string Intent, double Confidence, IReadOnlyList<IntentScore> Candidates, bool Declined)
{
    public static readonly RouteResult Empty = new(Messages.Reply.NoIntent, 0, [], true);
}

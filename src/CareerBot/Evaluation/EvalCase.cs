namespace CareerBot.Evaluation;

/// <summary>One labelled question: any of <see cref="Expected"/> counts as right; <c>none</c> means out of scope.</summary>
public sealed record EvalCase(IReadOnlyList<string> Expected, string Question, int Line)
{
    public bool InScope => !Expected.Contains(Core.Messages.Reply.NoIntent);
}

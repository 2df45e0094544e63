namespace CareerBot.Evaluation;

/// <summary>What the bot answered for one labelled question.</summary>
public sealed record EvalOutcome(EvalCase Case, string Intent, double Confidence)
{
    public bool Correct => Case.Expected.Contains(Intent);
}

/// <summary>The router's scores on an evaluation set.</summary>
public sealed record EvalResult(IReadOnlyList<EvalOutcome> Outcomes)
{
    private IEnumerable<EvalOutcome> InScope => Outcomes.Where(o => o.Case.InScope);
    private IEnumerable<EvalOutcome> OutOfScope => Outcomes.Where(o => !o.Case.InScope);

    /// <summary>In-scope questions answered with an expected intent.</summary>
    public double InScopeAccuracy => Ratio(InScope, o => o.Correct);
    /// <summary>Out-of-scope questions declined.</summary>
    public double OutOfScopeRecall => Ratio(OutOfScope, o => o.Intent == Core.Messages.Reply.NoIntent);
    /// <summary>In-scope questions wrongly declined.</summary>
    public double FalseDeclineRate => Ratio(InScope, o => o.Intent == Core.Messages.Reply.NoIntent);

    public IEnumerable<EvalOutcome> Errors => Outcomes.Where(o => !o.Correct);

    private static double Ratio(IEnumerable<EvalOutcome> set, Func<EvalOutcome, bool> predicate)
    {
        var list = set.ToList();
        return list.Count == 0 ? 0 : (double)list.Count(predicate) / list.Count;
    }

    public string Report()
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine($"questions: {Outcomes.Count} ({InScope.Count()} in scope, {OutOfScope.Count()} out of scope)");
        sb.AppendLine($"in-scope top-1 accuracy: {InScopeAccuracy:P1}");
        sb.AppendLine($"out-of-scope recall:     {OutOfScopeRecall:P1}");
        sb.AppendLine($"in-scope false declines: {FalseDeclineRate:P1}");
        sb.AppendLine("confusions (expected → answered, confidence, question):");
        foreach (var group in Errors.GroupBy(o => $"{string.Join('|', o.Case.Expected)} → {o.Intent}").OrderByDescending(g => g.Count()))
        {
            sb.AppendLine($"  {group.Key} ×{group.Count()}");
            foreach (var o in group) sb.AppendLine($"      {o.Confidence:F2}  line {o.Case.Line}: {o.Case.Question}");
        }
        return sb.ToString();
    }
}

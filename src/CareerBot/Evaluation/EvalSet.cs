namespace CareerBot.Evaluation;

/// <summary>Reads the labelled evaluation set: a TSV with header <c>expected&lt;TAB&gt;question</c>, alternatives joined by '|'.</summary>
public static class EvalSet
{
    public static IReadOnlyList<EvalCase> Parse(string tsv)
    {
        var cases = new List<EvalCase>();
        var lines = tsv.Replace("\r\n", "\n").Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var tab = lines[i].IndexOf('\t');
            if (tab <= 0) throw new FormatException($"eval set line {i + 1}: expected 'id<TAB>question'");
            cases.Add(new EvalCase(lines[i][..tab].Split('|'), lines[i][(tab + 1)..], i + 1));
        }
        return cases;
    }
}

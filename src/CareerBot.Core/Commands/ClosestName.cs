namespace CareerBot.Core.Commands;

/// <summary>Finds what a mistyped name was probably meant to be ("bsae" → "base"), for "did you mean" hints.</summary>
public static class ClosestName
{
    public static string? Find(string typed, IEnumerable<string> names)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names)
        {
            var distance = Distance(typed.ToLowerInvariant(), name.ToLowerInvariant());
            if (distance < bestDistance) (best, bestDistance) = (name, distance);
        }
        // Short names tolerate one edit (a swap counts as one); longer ones two.
        return bestDistance <= (typed.Length <= 4 ? 1 : 2) ? best : null;
    }

    /// <summary>"did you mean `base`? " for a mistyped option name, or "" when no name is close: the hint every command's errors share.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> names) => Find(typed, names) is { } near ? $"did you mean `{near}`? " : "";

    /// <summary>Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one edit each.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}

using CareerBot.Core.Recognition;

namespace CareerBot.Core.CommunityOffers;

/// <summary>
/// Places as aggregation cells: the recognizer's canonical name (SF = San Francisco, NYC = New York), with the cities of
/// two metros merged so their cells fill up (k-anonymity needs counts): the Bay Area cities into bay-area, Redmond and
/// Bellevue into seattle. Every other place is its own cell; remote is one cell.
/// </summary>
public static class PlaceCells
{
    private static readonly IReadOnlyDictionary<string, string> Metros = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["san-francisco"] = "bay-area", ["palo-alto"] = "bay-area", ["mountain-view"] = "bay-area", ["san-jose"] = "bay-area",
        ["menlo-park"] = "bay-area", ["sunnyvale"] = "bay-area", ["cupertino"] = "bay-area",
        ["redmond"] = "seattle", ["bellevue"] = "seattle",
    };

    /// <summary>How cells were merged, for the block and the docs.</summary>
    public const string MergeNote =
        "Levels as the salary levels (L5 = senior, new grad = entry, principal counts as staff); places by the recognizer's name " +
        "(SF = San Francisco, NYC = New York), with San Francisco, Palo Alto, Mountain View, San Jose, Menlo Park, Sunnyvale and " +
        "Cupertino counted as the Bay Area and Redmond and Bellevue as Seattle; each currency separately.";

    /// <summary>The cell of a typed place ("SF", "nyc", "Bay Area", "remote"), or null when the recognizer knows no such place.</summary>
    public static string? Parse(string typed)
    {
        var canonical = ChatRecognizer.ParseSingle(typed.Trim(), EntityType.Place)?.Canonical;
        return canonical is null ? null : FromCanonical(canonical);
    }

    /// <summary>The cell of a recognizer canonical place name.</summary>
    public static string FromCanonical(string canonical) => Metros.GetValueOrDefault(canonical, canonical);

    /// <summary>"bay-area" → "Bay Area", "new-york" → "New York".</summary>
    public static string Display(string cell) => cell switch
    {
        "remote" => "remote",
        "washington-dc" => "Washington DC",
        _ => string.Join(' ', cell.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
    };
}

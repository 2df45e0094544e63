namespace CareerBot.Core.Conversations;

/// <summary>
/// Which places are in the US (the articles' figures are US-market figures) and the countries and regions people ask
/// about that the recognizer does not name as places.
/// </summary>
public static class PlaceNames
{
    private static readonly HashSet<string> UnitedStates = new(StringComparer.Ordinal)
    {
        "seattle", "san-francisco", "bay-area", "new-york", "austin", "boston", "los-angeles", "mountain-view", "palo-alto", "san-jose",
        "menlo-park", "sunnyvale", "cupertino", "redmond", "bellevue", "chicago", "denver", "atlanta", "miami", "san-diego", "pittsburgh",
        "washington-dc",
    };

    /// <summary>Lower-case words or phrases → (shown name, in the US).</summary>
    public static readonly IReadOnlyDictionary<string, Place> Regions = new Dictionary<string, Place>(StringComparer.Ordinal)
    {
        ["germany"] = new("Germany", false), ["canada"] = new("Canada", false), ["uk"] = new("the UK", false), ["england"] = new("England", false),
        ["united kingdom"] = new("the UK", false), ["india"] = new("India", false), ["france"] = new("France", false), ["europe"] = new("Europe", false),
        ["eu"] = new("the EU", false), ["australia"] = new("Australia", false), ["japan"] = new("Japan", false), ["china"] = new("China", false),
        ["brazil"] = new("Brazil", false), ["mexico"] = new("Mexico", false), ["netherlands"] = new("the Netherlands", false),
        ["switzerland"] = new("Switzerland", false), ["ireland"] = new("Ireland", false), ["israel"] = new("Israel", false),
        ["poland"] = new("Poland", false), ["spain"] = new("Spain", false), ["italy"] = new("Italy", false), ["sweden"] = new("Sweden", false),
        ["portugal"] = new("Portugal", false), ["korea"] = new("Korea", false), ["nigeria"] = new("Nigeria", false), ["pakistan"] = new("Pakistan", false),
        ["vietnam"] = new("Vietnam", false), ["philippines"] = new("the Philippines", false), ["argentina"] = new("Argentina", false),
        ["ukraine"] = new("Ukraine", false), ["romania"] = new("Romania", false), ["turkey"] = new("Turkey", false), ["egypt"] = new("Egypt", false),
        ["dubai"] = new("Dubai", false), ["uae"] = new("the UAE", false), ["latam"] = new("Latin America", false), ["asia"] = new("Asia", false),
        ["africa"] = new("Africa", false), ["new zealand"] = new("New Zealand", false), ["hong kong"] = new("Hong Kong", false),
        ["denmark"] = new("Denmark", false), ["norway"] = new("Norway", false), ["finland"] = new("Finland", false), ["austria"] = new("Austria", false),
        ["california"] = new("California", true), ["texas"] = new("Texas", true), ["florida"] = new("Florida", true), ["colorado"] = new("Colorado", true),
        ["the bay"] = new("the Bay Area", true), ["midwest"] = new("the Midwest", true), ["west coast"] = new("the West Coast", true), ["east coast"] = new("the East Coast", true),
    };

    /// <summary>A place the recognizer named (its canonical id, e.g. "new-york").</summary>
    public static Place FromCanonical(string canonical) =>
        new(string.Join(' ', canonical.Split('-').Select(w => w.Length <= 2 ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..])),
            UnitedStates.Contains(canonical));
}

using System.Text;

namespace CareerBot.Core.Routing;

/// <summary>Turns chat text into the word tokens the router compares: lower case, punctuation dropped, chat abbreviations expanded.</summary>
public static class TextNormalizer
{
    // Community shorthand → the words the knowledge files use. Applied per token, before spelling correction.
    private static readonly Dictionary<string, string[]> Expansions = new(StringComparer.Ordinal)
    {
        ["mle"] = ["machine", "learning", "engineer"],
        ["mles"] = ["machine", "learning", "engineers"],
        ["ml"] = ["machine", "learning"],
        ["ai"] = ["artificial", "intelligence"],
        ["ds"] = ["data", "scientist"],
        ["swe"] = ["software", "engineer"],
        ["swes"] = ["software", "engineers"],
        ["sde"] = ["software", "engineer"],
        ["tc"] = ["total", "pay"],
        ["comp"] = ["pay"],
        ["yoe"] = ["years", "experience"],
        ["yrs"] = ["years"],
        ["yr"] = ["year"],
        ["rsu"] = ["stock"],
        ["rsus"] = ["stock"],
        ["phd"] = ["phd"],
        ["ph"] = ["phd"],
        ["doctorate"] = ["phd"],
        ["ms"] = ["masters"],
        ["msc"] = ["masters"],
        ["master"] = ["masters"],
        ["master's"] = ["masters"],
        ["faang"] = ["big", "tech"],
        ["maang"] = ["big", "tech"],
        ["sf"] = ["san", "francisco"],
        ["nyc"] = ["new", "york"],
        ["wfh"] = ["remote"],
        ["llm"] = ["llm"],
        ["llms"] = ["llm"],
        ["nlp"] = ["nlp"],
        ["cv"] = ["computer", "vision"],
        ["mlops"] = ["mlops"],
        // Concepts people name many ways: one token per concept, so "earn", "salary" and "comp" meet.
        ["pay"] = ["pay"],
        ["paid"] = ["pay"],
        ["paying"] = ["pay"],
        ["salary"] = ["pay"],
        ["salaries"] = ["pay"],
        ["earn"] = ["pay"],
        ["make"] = ["pay"],
        ["makes"] = ["pay"],
        ["making"] = ["pay"],
        ["earns"] = ["pay"],
        ["earning"] = ["pay"],
        ["earnings"] = ["pay"],
        ["compensation"] = ["pay"],
        ["compensated"] = ["pay"],
        ["wage"] = ["pay"],
        ["wages"] = ["pay"],
        ["income"] = ["pay"],
        ["money"] = ["pay"],
        ["diff"] = ["difference"],
        ["k8s"] = ["kubernetes"],
        ["intermediate"] = ["mid"],
        ["midlevel"] = ["mid"],
        ["junior"] = ["entry"],
        ["graduate"] = ["grad"],
        ["graduating"] = ["grad"],
        ["newgrad"] = ["new", "grad"],
        ["principal"] = ["staff"],
        ["mathematical"] = ["math"],
        ["mathematics"] = ["math"],
        ["maths"] = ["math"],
        ["doctoral"] = ["phd"],
        ["phds"] = ["phd"],
        ["city"] = ["location"],
        ["cities"] = ["location"],
        ["locations"] = ["location"],
        ["metro"] = ["location"],
        ["niche"] = ["specialization"],
        ["niches"] = ["specialization"],
        ["specialize"] = ["specialization"],
        ["specializing"] = ["specialization"],
        ["specializations"] = ["specialization"],
        ["specialty"] = ["specialization"],
        ["subfield"] = ["specialization"],
        ["companies"] = ["company"],
        ["employer"] = ["company"],
        ["employers"] = ["company"],
        ["hop"] = ["switch"],
        ["hopping"] = ["switch"],
        ["switching"] = ["switch"],
        ["remotely"] = ["remote"],
        ["certificate"] = ["certification"],
        ["certificates"] = ["certification"],
        ["cert"] = ["certification"],
        ["certs"] = ["certification"],
        ["certifications"] = ["certification"],
        ["u"] = ["you"],
        // "whats mlops" is "what is mlops": unexpanded, "whats" counts as an unknown word and halves the router's confidence.
        ["whats"] = ["what", "is"],
        ["wats"] = ["what", "is"],
        // Chat goodbyes, spelled the long way so they meet the knowledge files' "see you later".
        ["cya"] = ["see", "you"],
        ["ttyl"] = ["talk", "to", "you", "later"],
        ["alright"] = ["ok"],
        ["aight"] = ["ok"],
        ["r"] = ["are"],
        ["pls"] = ["please"],
        ["plz"] = ["please"],
        ["thx"] = ["thanks"],
        ["ty"] = ["thanks"],
        ["grads"] = ["grad"],
        ["juniors"] = ["entry"],
        ["seniors"] = ["senior"],
        ["sr"] = ["senior"],
        ["jr"] = ["entry"],
        ["mid"] = ["mid"],
    };

    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal) { "hi", "hey", "hello", "yo", "sup", "hiya", "howdy", "heya", "morning", "evening" };

    public static bool IsGreeting(string token) => Greetings.Contains(token);

    /// <summary>Lower-cased tokens of letters and digits, abbreviations expanded.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || (c == '\'' && current.Length > 0)) current.Append(c);
            else Flush();
        }
        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length == 0) return;
            var token = current.ToString().TrimEnd('\'');
            if (token.EndsWith("'s", StringComparison.Ordinal)) token = token[..^2];
            current.Clear();
            if (token.Length == 0) return;
            if (Expansions.TryGetValue(token, out var expanded)) tokens.AddRange(expanded);
            else tokens.Add(token);
        }
    }

    /// <summary>A light stemmer: plural and -ing/-ed endings, so "engineers"/"engineering" meet "engineer".</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 4) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 6) return word[..^3];
        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 5) return word[..^2];
        if (word.EndsWith("es", StringComparison.Ordinal) && (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal))) return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)) return word[..^1];
        return word;
    }
}

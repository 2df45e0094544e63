namespace CareerBot.Core.Routing;

/// <summary>Words too common to say what a question is about.</summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "into",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "have", "has", "had",
        "i", "me", "my", "we", "our", "you", "your", "it", "its", "this", "that", "these", "those", "there", "here",
        "what", "which", "who", "whom", "how", "when", "where", "can", "could", "should", "would", "will", "shall",
        "may", "might", "must", "so", "if", "then", "than", "too", "very", "just", "about", "any", "some", "all", "also",
        "bot", "careerbot", "please", "pls", "tell", "know", "like", "get", "got", "im", "i'm", "it's", "u",
        "s", "t", "really", "actually", "much", "many", "lot", "kind", "sort", "thing", "things", "one", "someone", "people",
        "guys", "folks", "anyone", "yall", "y'all", "out", "up", "not", "no", "yes", "ok", "okay",
    };

    public static bool Contains(string word) => Words.Contains(word);
}

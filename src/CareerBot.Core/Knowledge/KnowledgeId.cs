namespace CareerBot.Core.Knowledge;

public static class KnowledgeId
{
    public const int MaxLength = 64;

    /// <summary>Ids double as file names: lower-case ASCII letters, digits and single dashes.</summary>
    public static bool IsValid(string id) =>
        id.Length is > 0 and <= MaxLength
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal);
}

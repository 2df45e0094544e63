using System.ComponentModel.DataAnnotations;

namespace CareerBot.Core.Knowledge;

/// <summary>Bound from the "Knowledge" section.</summary>
public sealed record KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>Folder of reviewed answer files; relative paths are resolved against the content root, then its parents.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Directory { get; init; } = "knowledge";
}

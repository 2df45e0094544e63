using CareerBot.Composition;

namespace CareerBot.Tests.Knowledge;

/// <summary>The three source articles in <c>../shared/sources</c>, a folder laid beside the repository (not in it).</summary>
internal static class SharedSources
{
    public const string Missing = "../shared/sources not found beside the repository: the sourcing test needs the three articles every figure is checked against";

    /// <summary>The folder, or null when no parent of the repository holds it.</summary>
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(RepositoryPath.Resolve("knowledge")); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "sources");
            if (Directory.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "..", "shared", "sources");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }
}

/// <summary>
/// A fact that needs <see cref="SharedSources"/>: skipped, saying why, on a developer's machine without the folder; run
/// (and so failing) in CI (<c>CI=true</c>), where a missing folder is a broken checkout, not a choice.
/// </summary>
public sealed class SourcesFactAttribute : FactAttribute
{
    public SourcesFactAttribute()
    {
        if (SharedSources.Find() is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Skip = SharedSources.Missing + " (skipped outside CI).";
    }
}

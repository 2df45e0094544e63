namespace CareerBot.Composition;

/// <summary>
/// Finds a file or folder of the repository (knowledge/, the eval set) whether the binary runs under `dotnet run`
/// from the root, from its bin folder, or from a test or benchmark output folder: absolute paths as given, else relative
/// to the working directory, then to the binary's folder and its parents.
/// </summary>
public static class RepositoryPath
{
    public static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured)) return configured;
        var fromWorkingDirectory = Path.GetFullPath(configured);
        if (Exists(fromWorkingDirectory)) return fromWorkingDirectory;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Exists(candidate)) return candidate;
        }
        return fromWorkingDirectory;
    }

    private static bool Exists(string path) => Directory.Exists(path) || File.Exists(path);
}

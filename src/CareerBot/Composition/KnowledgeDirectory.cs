namespace CareerBot.Composition;

/// <summary>Finds the knowledge folder: as configured if absolute, else relative to the working directory, then to the binary and its parents.</summary>
public static class KnowledgeDirectory
{
    public static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured)) return configured;
        var fromWorkingDirectory = Path.GetFullPath(configured);
        if (Directory.Exists(fromWorkingDirectory)) return fromWorkingDirectory;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(candidate)) return candidate;
        }
        return fromWorkingDirectory;
    }
}

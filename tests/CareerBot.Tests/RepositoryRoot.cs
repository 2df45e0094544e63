namespace CareerBot.Tests;

/// <summary>The checkout the tests run from: the directory above the test binaries that holds CareerBot.sln.</summary>
public static class RepositoryRoot
{
    public static string Path(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CareerBot.sln"))) return System.IO.Path.Combine(dir.FullName, relative);
        throw new DirectoryNotFoundException("CareerBot.sln not found above " + AppContext.BaseDirectory);
    }
}

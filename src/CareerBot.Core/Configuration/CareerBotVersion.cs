using System.Reflection;

namespace CareerBot.Core.Configuration;

/// <summary>The release number (Directory.Build.props <c>Version</c>, recorded in docs/CHANGELOG.md), shown by <c>--version</c>, at start and in User-Agent headers.</summary>
public static class CareerBotVersion
{
    /// <summary>Without the "+commit" suffix the SDK appends to the informational version.</summary>
    public static string Current { get; } =
        (typeof(CareerBotVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}

using System.Reflection;

namespace CareerBot.Tests.Architecture;

public class CoreDependencyTests
{
    [Fact]
    public void Core_references_no_adapter_sdk_or_database_driver()
    {
        var core = typeof(CareerBot.Core.Pipeline.IMessagePipeline).Assembly;
        var references = core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        string[] forbidden = ["CareerBot.Discord", "CareerBot.Slack", "CareerBot.Storage", "CareerBot.Charts", "CareerBot", "Npgsql", "Microsoft.Data.Sqlite", "ScottPlot", "Spectre.Console", "Microsoft.AspNetCore"];
        var offending = references.Where(r => forbidden.Any(f => r == f || r.StartsWith(f + ".", StringComparison.Ordinal) && !r.StartsWith("CareerBot.Core", StringComparison.Ordinal))).ToList();
        Assert.True(offending.Count == 0, "Core must not reference: " + string.Join(", ", offending));
        Assert.Contains("YamlDotNet", references);
    }
}

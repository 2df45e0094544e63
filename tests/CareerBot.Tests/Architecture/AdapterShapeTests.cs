namespace CareerBot.Tests.Architecture;

/// <summary>
/// Both chat adapters are cut the same way (docs/architecture.md, "The adapters' common shape"), so a reader who knows
/// one finds any part of the other by its folder name.
/// </summary>
public class AdapterShapeTests
{
    /// <summary>Folders a platform genuinely lacks, with the reason. Empty: today each role exists on both platforms.</summary>
    private static readonly IReadOnlyDictionary<string, string> OnlyOnOnePlatform = new Dictionary<string, string>();

    private static readonly string[] Roles = ["Api", "Connection", "Http", "Inbound", "Interactions", "Moderation", "Outbound", "Wire"];

    // Folders holding source only: git keeps no empty folder, so one left behind by a move in a checkout does not count.
    private static IReadOnlyList<string> Folders(string project) =>
        Directory.GetDirectories(RepositoryRoot.Path("src/" + project))
            .Where(d => System.IO.Path.GetFileName(d) is not ("bin" or "obj") && Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories).Any())
            .Select(d => System.IO.Path.GetFileName(d))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Discord_and_Slack_have_the_same_folders()
    {
        var discord = Folders("CareerBot.Discord").Except(OnlyOnOnePlatform.Keys).ToList();
        var slack = Folders("CareerBot.Slack").Except(OnlyOnOnePlatform.Keys).ToList();

        Assert.True(discord.SequenceEqual(slack),
            $"Discord has [{string.Join(", ", discord.Except(slack))}] that Slack lacks; Slack has [{string.Join(", ", slack.Except(discord))}] that Discord lacks. " +
            "Give the same role the same folder name on both, or list the folder in OnlyOnOnePlatform with the reason.");
    }

    [Fact]
    public void Each_adapter_folder_is_one_of_the_documented_roles()
    {
        foreach (var project in new[] { "CareerBot.Discord", "CareerBot.Slack" })
            Assert.All(Folders(project), folder => Assert.Contains(folder, Roles));
    }

    [Theory]
    [InlineData("CareerBot.Discord")]
    [InlineData("CareerBot.Slack")]
    public void An_adapters_root_holds_only_registration_options_health_metrics_and_status(string project)
    {
        string[] roles = ["ServiceCollectionExtensions", "AdapterRegistration", "Options", "OptionsValidator", "Mode", "HealthCheck", "Metrics", "ConnectionStatus"];
        var files = Directory.GetFiles(RepositoryRoot.Path("src/" + project), "*.cs").Select(f => System.IO.Path.GetFileNameWithoutExtension(f)!);
        Assert.All(files, file => Assert.Contains(roles, role => file.EndsWith(role, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_shared_adapter_layer_knows_no_platform()
    {
        var references = typeof(CareerBot.Adapters.Outbound.TextSplitter).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith("CareerBot.", StringComparison.Ordinal) && r != "CareerBot.Core");
    }
}

using CareerBot.Core.Commands;
using CareerBot.Slack;

namespace CareerBot.Tests.Slack;

public sealed class SlackAppManifestTests
{
    private static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CareerBot.sln"))) return Path.Combine(dir.FullName, relative);
        throw new DirectoryNotFoundException("CareerBot.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Committed_manifest_matches_the_command_catalog()
    {
        var path = RepositoryFile("docs/slack-app-manifest.yaml");
        var rendered = SlackAppManifest.Render();
        // CAREERBOT_UPDATE_MANIFEST=1 dotnet test --filter SlackAppManifest rewrites the file after a catalog change.
        if (Environment.GetEnvironmentVariable("CAREERBOT_UPDATE_MANIFEST") == "1") File.WriteAllText(path, rendered);
        Assert.True(File.Exists(path), "docs/slack-app-manifest.yaml is missing; run the test with CAREERBOT_UPDATE_MANIFEST=1");
        Assert.Equal(rendered, File.ReadAllText(path));
    }

    [Fact]
    public void Manifest_turns_on_socket_mode_dms_and_every_command_the_bot_maps()
    {
        var manifest = SlackAppManifest.Render();
        Assert.Contains("socket_mode_enabled: true", manifest);
        Assert.Contains("messages_tab_enabled: true", manifest);
        Assert.Contains("messages_tab_read_only_enabled: false", manifest);
        foreach (var name in new[] { "careerbot", "ask", "offer", "compare", "salary", "kb" })
            Assert.Contains("- command: /" + name + "\n", manifest.ReplaceLineEndings("\n"));
        Assert.Contains($"description: \"{CommandCatalog.Offer.Description}\"", manifest);
        foreach (var scope in new[] { "app_mentions:read", "chat:write", "im:history", "im:read", "commands", "files:write", "users:read" })
            Assert.Contains("      - " + scope, manifest);
        Assert.Contains("      - app_mention", manifest);
        Assert.Contains("      - message.im", manifest);
    }
}

using CareerBot.Core.Commands;
using CareerBot.Slack;
using CareerBot.Slack.Interactions;

namespace CareerBot.Tests.Slack;

public sealed class SlackAppManifestTests
{
    [Theory]
    [InlineData("docs/slack-app-manifest.yaml", false)]
    [InlineData("docs/slack-app-manifest-http.yaml", true)]
    public void Committed_manifest_matches_the_command_catalog(string file, bool http)
    {
        var path = RepositoryRoot.Path(file);
        var rendered = SlackAppManifest.Render(http ? SlackAppManifest.ExampleHttpBase : null);
        // CAREERBOT_UPDATE_MANIFEST=1 dotnet test --filter SlackAppManifest rewrites the file after a catalog change.
        if (Environment.GetEnvironmentVariable("CAREERBOT_UPDATE_MANIFEST") == "1") File.WriteAllText(path, rendered);
        Assert.True(File.Exists(path), file + " is missing; run the test with CAREERBOT_UPDATE_MANIFEST=1");
        Assert.Equal(rendered, File.ReadAllText(path));
    }

    [Fact]
    public void Manifest_turns_on_socket_mode_dms_and_every_command_the_bot_maps()
    {
        var manifest = SlackAppManifest.Render();
        Assert.Contains("socket_mode_enabled: true", manifest);
        Assert.Contains("messages_tab_enabled: true", manifest);
        Assert.Contains("messages_tab_read_only_enabled: false", manifest);
        foreach (var name in new[] { "careerbot", "ask", "offer", "compare", "salary", "share", "kb" })
            Assert.Contains("- command: /" + name + "\n", manifest.ReplaceLineEndings("\n"));
        Assert.Contains($"description: \"{CommandCatalog.Offer.Description}\"", manifest);
        foreach (var scope in new[] { "app_mentions:read", "chat:write", "im:history", "im:read", "commands", "files:write", "users:read" })
            Assert.Contains("      - " + scope, manifest);
        Assert.Contains("      - app_mention", manifest);
        Assert.Contains("      - message.im", manifest);
    }

    [Fact]
    public void Both_manifests_enable_interactivity_and_the_http_one_points_every_request_at_the_bot()
    {
        var socket = SlackAppManifest.Render().ReplaceLineEndings("\n");
        var http = SlackAppManifest.Render(new Uri("https://careerbot.test/")).ReplaceLineEndings("\n");

        Assert.Contains("  interactivity:\n    is_enabled: true\n", socket);
        Assert.DoesNotContain("request_url", socket);
        Assert.Contains("  interactivity:\n    is_enabled: true\n    request_url: https://careerbot.test/slack/interactivity\n", http);
        Assert.Contains("    request_url: https://careerbot.test/slack/events\n", http);
        // Every catalog slash command plus /careerbot.
        Assert.Equal(SlackAppManifest.SlashCommands.Count + 1, http.Split("      url: https://careerbot.test/slack/commands\n").Length - 1);
        Assert.Contains("socket_mode_enabled: false", http);
    }
}

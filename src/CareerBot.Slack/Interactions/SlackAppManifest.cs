using System.Text;
using CareerBot.Core.Commands;

namespace CareerBot.Slack.Interactions;

/// <summary>
/// The Slack app manifest (docs/slack-app-manifest.yaml), rendered from <see cref="CommandCatalog"/> so the slash
/// commands Slack shows always match the ones the bot understands. A test keeps the committed file in step.
/// </summary>
public static class SlackAppManifest
{
    /// <summary>Catalog commands offered as Slack slash commands; /help is left out because Slack users get help from /careerbot.</summary>
    public static readonly IReadOnlyList<CommandDescriptor> SlashCommands =
        [CommandCatalog.Ask, CommandCatalog.Offer, CommandCatalog.Compare, CommandCatalog.Salary, CommandCatalog.Share, CommandCatalog.Kb];

    public static readonly IReadOnlyList<string> BotScopes =
        // *:history only for conversations.replies: checking whether an answer that got a server error was posted after all.
        ["app_mentions:read", "channels:history", "chat:write", "commands", "files:write", "groups:history", "im:history", "im:read", "mpim:history", "users:read"];

    public static readonly IReadOnlyList<string> BotEvents = ["app_mention", "message.im"];

    /// <summary>The placeholder address in docs/slack-app-manifest-http.yaml.</summary>
    public static readonly Uri ExampleHttpBase = new("https://bot.example.com/");

    /// <summary>The manifest for Socket Mode, or for HTTP mode when <paramref name="httpBaseUrl"/> (the public https address in front of /slack/) is given.</summary>
    public static string Render(Uri? httpBaseUrl = null)
    {
        string RequestUrl(string path) => new Uri(httpBaseUrl!, path).ToString();
        var y = new StringBuilder();
        y.AppendLine("# CareerBot's Slack app manifest: Slack → Your Apps → Create New App → From an app manifest, paste this file.");
        y.AppendLine("# Generated from CommandCatalog (SlackAppManifest.Render); a test fails when the two differ.");
        y.AppendLine(httpBaseUrl is null
            ? "# HTTP mode instead of Socket Mode: docs/slack-app-manifest-http.yaml (see docs/slack-setup.md)."
            : "# HTTP mode: replace " + httpBaseUrl + " with your public https address; Slack posts events, slash commands and interactivity (modal, buttons) under /slack/.");
        y.AppendLine("display_information:");
        y.AppendLine("  name: CareerBot");
        y.AppendLine("  description: Answers ML-engineer career questions and breaks job offers down year by year.");
        y.AppendLine("  background_color: \"#1d3557\"");
        y.AppendLine("features:");
        y.AppendLine("  app_home:");
        y.AppendLine("    home_tab_enabled: false");
        // Without these two, members see "Sending messages to this app has been turned off" and DMs never arrive.
        y.AppendLine("    messages_tab_enabled: true");
        y.AppendLine("    messages_tab_read_only_enabled: false");
        y.AppendLine("  bot_user:");
        y.AppendLine("    display_name: CareerBot");
        y.AppendLine("    always_online: true");
        y.AppendLine("  slash_commands:");
        var commandUrl = httpBaseUrl is null ? null : RequestUrl("slack/commands");
        AppendCommand(y, "careerbot", CommandCatalog.Ask.Description, UsageHint(CommandCatalog.Ask), commandUrl);
        foreach (var command in SlashCommands)
            AppendCommand(y, command.Name, command.Description, UsageHint(command), commandUrl);
        y.AppendLine("oauth_config:");
        y.AppendLine("  scopes:");
        y.AppendLine("    bot:");
        foreach (var scope in BotScopes) y.AppendLine("      - " + scope);
        y.AppendLine("settings:");
        y.AppendLine("  event_subscriptions:");
        if (httpBaseUrl is not null) y.AppendLine("    request_url: " + RequestUrl("slack/events"));
        y.AppendLine("    bot_events:");
        foreach (var e in BotEvents) y.AppendLine("      - " + e);
        // The /kb edit modal and the 👍/👎 buttons under answers need interactivity; in Socket Mode it arrives on the socket.
        y.AppendLine("  interactivity:");
        y.AppendLine("    is_enabled: true");
        if (httpBaseUrl is not null) y.AppendLine("    request_url: " + RequestUrl("slack/interactivity"));
        y.AppendLine("  org_deploy_enabled: false");
        y.AppendLine("  socket_mode_enabled: " + (httpBaseUrl is null ? "true" : "false"));
        y.AppendLine("  token_rotation_enabled: false");
        return y.ToString();
    }

    private static string UsageHint(CommandDescriptor command) =>
        command.Example.StartsWith("/" + command.Name + " ", StringComparison.Ordinal) ? command.Example[(command.Name.Length + 2)..] : command.Example;

    private static void AppendCommand(StringBuilder y, string name, string description, string usageHint, string? url)
    {
        y.AppendLine("    - command: /" + name);
        if (url is not null) y.AppendLine("      url: " + url);
        y.AppendLine("      description: " + Quote(description));
        y.AppendLine("      usage_hint: " + Quote(usageHint));
        y.AppendLine("      should_escape: false");
    }

    /// <summary>YAML double-quoted scalar.</summary>
    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

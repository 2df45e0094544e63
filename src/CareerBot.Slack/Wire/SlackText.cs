namespace CareerBot.Slack.Wire;

/// <summary>A Block Kit text object; <paramref name="Type"/> is <c>mrkdwn</c> or <c>plain_text</c>.</summary>
public sealed record SlackText(string Type, string Text)
{
    public static SlackText Mrkdwn(string text) => new("mrkdwn", text);

    /// <summary>Required for headers, button labels, modal titles and input labels.</summary>
    public static SlackText Plain(string text) => new("plain_text", text);
}

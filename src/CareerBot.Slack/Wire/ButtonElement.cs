namespace CareerBot.Slack.Wire;

/// <summary>A button: <paramref name="Text"/> is plain_text (at most 75 characters), <paramref name="Value"/> at most 2,000, <paramref name="ActionId"/> at most 255.</summary>
public sealed record ButtonElement(SlackText Text, string ActionId, string Value)
{
    public string Type => "button";
}

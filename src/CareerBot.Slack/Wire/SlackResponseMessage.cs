namespace CareerBot.Slack.Wire;

/// <summary>The JSON posted to a <c>response_url</c>; <paramref name="ResponseType"/> is <c>ephemeral</c> or <c>in_channel</c>.</summary>
public sealed record SlackResponseMessage(string ResponseType, string Text, IReadOnlyList<SlackBlock> Blocks)
{
    public const string Ephemeral = "ephemeral";
    public const string InChannel = "in_channel";

    /// <summary>False keeps the message whose button was clicked; left out for slash commands, which have none to replace.</summary>
    public bool? ReplaceOriginal { get; init; }
}

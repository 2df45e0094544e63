using CareerBot.Slack.BlockKit;

namespace CareerBot.Slack.WebApi;

/// <summary>The JSON posted to a slash command's <c>response_url</c>; <paramref name="ResponseType"/> is <c>ephemeral</c> or <c>in_channel</c>.</summary>
public sealed record SlackResponseMessage(string ResponseType, string Text, IReadOnlyList<SlackBlock> Blocks)
{
    public const string Ephemeral = "ephemeral";
    public const string InChannel = "in_channel";
}

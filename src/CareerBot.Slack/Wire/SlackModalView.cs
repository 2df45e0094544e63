namespace CareerBot.Slack.Wire;

/// <summary>The <c>view</c> argument of views.open: a modal with a title (at most 24 characters), blocks, Save/Cancel buttons.</summary>
/// <param name="PrivateMetadata">Given back with the submission (at most 3,000 characters).</param>
public sealed record SlackModalView(string CallbackId, SlackText Title, SlackText Submit, SlackText Close, string PrivateMetadata, IReadOnlyList<SlackBlock> Blocks)
{
    public string Type => "modal";
}

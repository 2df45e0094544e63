namespace CareerBot.Slack.Wire;

/// <summary>The JSON body shared by chat.postMessage, chat.postEphemeral (with <see cref="User"/>) and chat.update (with <see cref="Ts"/>).</summary>
internal sealed record ChatMessageBody(string Channel, string Text, IReadOnlyList<SlackBlock> Blocks)
{
    public string? ThreadTs { get; init; }
    public string? User { get; init; }
    public string? Ts { get; init; }
    /// <summary>Answers carry source links; previews of each would bury the answer.</summary>
    public bool? UnfurlLinks { get; init; }
    /// <summary>Marks an answer so a retry after a server error can find out whether it was posted after all.</summary>
    public ReplyMetadata? Metadata { get; init; }
}

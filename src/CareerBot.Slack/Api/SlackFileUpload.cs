namespace CareerBot.Slack.Api;

/// <summary>A file to share in a channel (and thread) with the three-step external upload.</summary>
public sealed record SlackFileUpload(string Channel, string? ThreadTs, string FileName, string Title, ReadOnlyMemory<byte> Content);

namespace CareerBot.Slack.Wire;

/// <summary>Slack message metadata on each answer part: <c>{event_type: "careerbot_reply", event_payload: {key}}</c>.</summary>
internal sealed record ReplyMetadata(string EventType, ReplyMetadataPayload EventPayload)
{
    public const string Type = "careerbot_reply";

    public static ReplyMetadata For(string key) => new(Type, new ReplyMetadataPayload(key));
}

internal sealed record ReplyMetadataPayload(string Key);

using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Slack.Wire;

namespace CareerBot.Slack.Connection;

/// <summary>One Socket Mode frame: <c>hello</c>, <c>disconnect</c> (with a reason) or an envelope (<c>events_api</c>, <c>slash_commands</c>, <c>interactive</c>).</summary>
public sealed record SocketModeFrame(string Type, string? EnvelopeId, JsonElement Payload, int RetryAttempt, string? Reason)
{
    public static SocketModeFrame Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var payload = root.TryGetProperty("payload", out var p) ? p.Clone() : default;
        return new SocketModeFrame(root.GetStringOrNull("type") ?? "", root.GetStringOrNull("envelope_id"), payload, root.GetIntOrZero("retry_attempt"), root.GetStringOrNull("reason"));
    }

    public static string Ack(string envelopeId) => JsonSerializer.Serialize(new { envelope_id = envelopeId });

    /// <summary>An ack that answers the envelope, e.g. <c>{"response_action":"errors",…}</c> for a modal submission.</summary>
    public static string Ack(string envelopeId, JsonObject? payload) =>
        payload is null ? Ack(envelopeId) : new JsonObject { ["envelope_id"] = envelopeId, ["payload"] = payload }.ToJsonString();
}

using System.Buffers;
using System.Text.Json;

namespace CareerBot.Discord.Gateway;

/// <summary>Reads the gateway envelope and writes the four payloads the client sends (heartbeat, identify, resume). Unknown fields are ignored.</summary>
public static class GatewayPayloadCodec
{
    public static GatewayPayload Decode(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("op", out var op) || op.ValueKind != JsonValueKind.Number)
            throw new JsonException("A gateway payload must be an object with a numeric \"op\".");
        var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
        int? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null;
        var eventName = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new GatewayPayload((GatewayOpCode)op.GetInt32(), data, sequence, eventName);
    }

    public static byte[] Heartbeat(int? sequence) => Write(GatewayOpCode.Heartbeat, w =>
    {
        if (sequence is { } s) w.WriteNumberValue(s); else w.WriteNullValue();
    });

    public static byte[] Identify(string token, int intents, ShardInfo shard) => Write(GatewayOpCode.Identify, w =>
    {
        w.WriteStartObject();
        w.WriteString("token", token);
        w.WriteNumber("intents", intents);
        w.WriteStartObject("properties");
        w.WriteString("os", Environment.OSVersion.Platform.ToString().ToLowerInvariant());
        w.WriteString("browser", "CareerBot");
        w.WriteString("device", "CareerBot");
        w.WriteEndObject();
        w.WriteStartArray("shard");
        w.WriteNumberValue(shard.Id);
        w.WriteNumberValue(shard.Count);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static byte[] Resume(string token, string sessionId, int? sequence) => Write(GatewayOpCode.Resume, w =>
    {
        w.WriteStartObject();
        w.WriteString("token", token);
        w.WriteString("session_id", sessionId);
        if (sequence is { } s) w.WriteNumber("seq", s); else w.WriteNull("seq");
        w.WriteEndObject();
    });

    private static byte[] Write(GatewayOpCode op, Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", (int)op);
            writer.WritePropertyName("d");
            writeData(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}

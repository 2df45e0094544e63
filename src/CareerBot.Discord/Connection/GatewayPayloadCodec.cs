using System.Buffers;
using System.Text.Json;

namespace CareerBot.Discord.Connection;

/// <summary>Reads the gateway envelope and writes the four payloads the client sends (heartbeat, identify, resume). Unknown fields are ignored.</summary>
public static class GatewayPayloadCodec
{
    /// <summary>
    /// Reads the envelope with a forward-only reader and parses <c>d</c> only when <paramref name="filter"/> wants the event,
    /// so a dropped dispatch costs one scan and no allocation beyond its event name.
    /// </summary>
    public static GatewayPayload Decode(ReadOnlySpan<byte> json, IDispatchFilter? filter = null)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw NotAnEnvelope();
        int? op = null, sequence = null;
        string? eventName = null;
        int dataStart = -1, dataLength = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("op"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.Number) op = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("s"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.Number) sequence = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("t"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String) eventName = reader.GetString();
            }
            else if (reader.ValueTextEquals("d"u8))
            {
                reader.Read();
                dataStart = (int)reader.TokenStartIndex;
                reader.Skip();
                dataLength = (int)reader.BytesConsumed - dataStart;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (op is not { } code) throw NotAnEnvelope();
        if (dataStart < 0) return new GatewayPayload((GatewayOpCode)code, default, sequence, eventName);
        var data = json.Slice(dataStart, dataLength);
        if (filter is not null && eventName is not null && !filter.Wants(eventName, data))
            return new GatewayPayload((GatewayOpCode)code, default, sequence, eventName) { Filtered = true };
        var dataReader = new Utf8JsonReader(data);
        return new GatewayPayload((GatewayOpCode)code, JsonElement.ParseValue(ref dataReader), sequence, eventName);
    }

    private static JsonException NotAnEnvelope() => new("A gateway payload must be an object with a numeric \"op\".");

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

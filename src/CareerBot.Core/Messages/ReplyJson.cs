using System.Text.Encodings.Web;
using System.Text.Json;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.Messages;

/// <summary>
/// The stable one-line JSON form of a reply used by <c>ask --json</c> and evaluation tools:
/// <c>{"intent","confidence","reply","lead","sources","entities"}</c>: <c>reply</c> is the whole answer (lead and detail), <c>lead</c> what a channel shows.
/// </summary>
public static class ReplyJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(Reply reply)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("intent", reply.Intent);
            w.WriteNumber("confidence", Math.Round(reply.Confidence, 4));
            w.WriteString("reply", reply.FullMarkdown);
            w.WriteString("lead", reply.Markdown);
            w.WriteStartArray("sources");
            foreach (var s in reply.Sources) w.WriteStringValue(s);
            w.WriteEndArray();
            w.WriteStartArray("entities");
            foreach (var e in reply.Entities) WriteEntity(w, e);
            w.WriteEndArray();
            w.WriteString("kind", reply.Kind.ToString().ToLowerInvariant());
            if (reply.FollowUps.Count > 0)
            {
                w.WriteStartArray("followUps");
                foreach (var f in reply.FollowUps) w.WriteStringValue(f);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteEntity(Utf8JsonWriter w, Entity e)
    {
        w.WriteStartObject();
        w.WriteString("type", e.Type.ToString().ToLowerInvariant());
        w.WriteString("text", e.Text);
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        if (e.Value is { } value) w.WriteNumber("value", value);
        if (e.Max is { } max) w.WriteNumber("max", max);
        if (e.Unit is { } unit) w.WriteString("unit", unit);
        if (e.Canonical is { } canonical) w.WriteString("canonical", canonical);
        if (e.Schedule is { } schedule)
        {
            w.WriteStartArray("schedule");
            foreach (var p in schedule) w.WriteNumberValue(p);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }
}

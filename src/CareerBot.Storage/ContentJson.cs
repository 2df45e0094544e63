using System.Text.Json;
using CareerBot.Core.Moderation;

namespace CareerBot.Storage;

/// <summary>An entry's content as the JSON stored with each revision (the front matter fields plus answer and detail).</summary>
public static class ContentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(EntryContent content) => JsonSerializer.Serialize(content, Options);

    public static EntryContent Read(string json) =>
        JsonSerializer.Deserialize<EntryContent>(json, Options) ?? throw new JsonException("revision content is null");
}

using System.Text.Json;

namespace CareerBot.Tests.Discord;

/// <summary>
/// A small JSON-schema subset checker over Discord's published OpenAPI description (shared/specs/discord-openapi.json):
/// $ref, anyOf/oneOf/allOf, type, properties (unknown names are reported), required, items, maxItems, min/maxLength.
/// Enough to prove the adapter's request bodies use Discord's field names, types and limits.
/// </summary>
public sealed class OpenApiShape(JsonElement root)
{
    public static OpenApiShape? Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "specs", "discord-openapi.json");
            if (File.Exists(path)) return new OpenApiShape(JsonDocument.Parse(File.ReadAllBytes(path)).RootElement);
        }
        return null;
    }

    public JsonElement RequestSchema(string path, string method) =>
        root.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");

    public IReadOnlyList<string> Problems(JsonElement value, JsonElement schema)
    {
        var problems = new List<string>();
        Check(value, schema, "$", problems);
        return problems;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            schema = root;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/')) schema = schema.GetProperty(part);
        }
        return schema;
    }

    private void Check(JsonElement value, JsonElement schema, string path, List<string> problems)
    {
        schema = Resolve(schema);
        foreach (var combinator in new[] { "anyOf", "oneOf" })
            if (schema.TryGetProperty(combinator, out var branches))
            {
                var results = branches.EnumerateArray().Select(b => { var p = new List<string>(); Check(value, b, path, p); return p; }).ToList();
                if (results.All(r => r.Count > 0)) problems.Add($"{path}: matches no {combinator} branch ({results.MinBy(r => r.Count)![0]})");
                return;
            }
        if (schema.TryGetProperty("allOf", out var all))
            foreach (var part in all.EnumerateArray()) Check(value, part, path, problems);

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            problems.Add($"{path}: {value.ValueKind} where the spec says {type}");
            return;
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when schema.TryGetProperty("properties", out var properties):
                foreach (var property in value.EnumerateObject())
                    if (properties.TryGetProperty(property.Name, out var propertySchema)) Check(property.Value, propertySchema, $"{path}.{property.Name}", problems);
                    else problems.Add($"{path}.{property.Name}: not a field Discord defines here");
                if (schema.TryGetProperty("required", out var required))
                    foreach (var name in required.EnumerateArray())
                        if (!value.TryGetProperty(name.GetString()!, out _)) problems.Add($"{path}.{name.GetString()}: required");
                break;
            case JsonValueKind.Array:
                if (schema.TryGetProperty("maxItems", out var maxItems) && value.GetArrayLength() > maxItems.GetInt32()) problems.Add($"{path}: more than {maxItems} items");
                if (schema.TryGetProperty("items", out var items))
                {
                    var i = 0;
                    foreach (var item in value.EnumerateArray()) Check(item, items, $"{path}[{i++}]", problems);
                }
                break;
            case JsonValueKind.String:
                var length = value.GetString()!.Length;
                if (schema.TryGetProperty("maxLength", out var max) && length > max.GetInt32()) problems.Add($"{path}: longer than {max}");
                if (schema.TryGetProperty("minLength", out var min) && length < min.GetInt32()) problems.Add($"{path}: shorter than {min}");
                break;
        }
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => TypeMatches(value, t)) : type.GetString() switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "array" => value.ValueKind == JsonValueKind.Array,
            "object" => value.ValueKind == JsonValueKind.Object,
            "null" => value.ValueKind == JsonValueKind.Null,
            _ => true,
        };
}

using System.Text.Json.Nodes;

namespace CareerBot.FakeDiscord;

/// <summary>Walks component trees (action rows, labels) the way Discord's client shows them: the buttons one can click, the inputs one can fill.</summary>
public static class FakeComponents
{
    public static IEnumerable<string> Buttons(JsonNode? components) =>
        All(components).Where(c => c["type"]?.GetValue<int>() == 2 && c["custom_id"] is not null).Select(c => c["custom_id"]!.GetValue<string>());

    public static IEnumerable<JsonObject> TextInputs(JsonNode? components) => All(components).Where(c => c["type"]?.GetValue<int>() == 4);

    private static IEnumerable<JsonObject> All(JsonNode? components)
    {
        if (components is not JsonArray list) yield break;
        foreach (var component in list.OfType<JsonObject>())
        {
            yield return component;
            foreach (var child in All(component["components"])) yield return child;
            if (component["component"] is JsonObject wrapped)
                foreach (var child in All(new JsonArray(wrapped.DeepClone()))) yield return child;
        }
    }
}

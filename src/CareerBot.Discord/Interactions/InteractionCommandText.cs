using System.Text;
using System.Text.Json;
using CareerBot.Discord.Wire;

namespace CareerBot.Discord.Interactions;

/// <summary>Typed slash-command options → the one text syntax the pipeline parses: <c>/offer base:180k bonus:15%</c>, <c>/kb show id:phd-value</c>.</summary>
public static class InteractionCommandText
{
    public static string Build(InteractionData data)
    {
        var text = new StringBuilder("/").Append(data.Name);
        var options = data.Options ?? [];
        // Walk down subcommand groups and subcommands to the leaf's parameters.
        while (options is [{ Type: 1 or 2 } sub])
        {
            text.Append(' ').Append(sub.Name);
            options = sub.Options ?? [];
        }
        foreach (var option in options)
            if (ValueText(option.Value) is { } value)
                text.Append(' ').Append(option.Name).Append(':').Append(Quote(value));
        return text.ToString();
    }

    public static string? ValueText(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => null,
    };

    /// <summary>Quotes a value with spaces using a quote character it does not contain (the parser has no escapes).</summary>
    public static string Quote(string value)
    {
        if (value.Length > 0 && !value.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '“' or '”')) return value;
        if (!value.Contains('"')) return $"\"{value}\"";
        if (!value.Contains('”')) return $"“{value}”";
        if (!value.Contains('\'')) return $"'{value}'";
        return $"\"{value.Replace('"', '”')}\"";
    }
}

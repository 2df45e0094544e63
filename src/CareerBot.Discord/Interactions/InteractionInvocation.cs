using System.Text.Json;
using CareerBot.Core.Messages;
using CareerBot.Discord.Wire;

namespace CareerBot.Discord.Interactions;

/// <summary>A slash command's typed options as the pipeline's <see cref="CommandInvocation"/>: each value exactly as Discord sent it.</summary>
public static class InteractionInvocation
{
    public static CommandInvocation Read(InteractionData data)
    {
        string? subcommand = null;
        var options = data.Options ?? [];
        // Walk down subcommand groups and subcommands to the leaf's parameters.
        while (options is [{ Type: 1 or 2 } sub])
        {
            subcommand = subcommand is null ? sub.Name : subcommand + " " + sub.Name;
            options = sub.Options ?? [];
        }
        var arguments = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in options)
            if (ValueText(option.Value) is { } value)
                arguments[option.Name] = value;
        return new CommandInvocation(data.Name, subcommand, arguments);
    }

    /// <summary>A submitted modal's text inputs by custom_id.</summary>
    public static FormSubmission ReadForm(InteractionData data) => new(
        data.CustomId ?? "",
        (data.Components ?? []).SelectMany(c => c.TextInputs()).Where(i => i.CustomId is not null && i.Value is not null)
            .GroupBy(i => i.CustomId!).ToDictionary(g => g.Key, g => g.First().Value!));

    public static string? ValueText(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => null,
    };
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CareerBot.FakeDiscord;

/// <summary>The checks Discord applies to message and command bodies, answered as 400 with Discord's error codes and field paths.</summary>
public static partial class FakeValidation
{
    public sealed record Problem(int Code, string Message, JsonObject Errors);

    public static Problem? Message(JsonNode? body, int fileCount)
    {
        var errors = new JsonObject();
        var content = body?["content"]?.GetValue<string>();
        if (content is not null && content.EnumerateRunes().Count() > 2000)
            errors["content"] = Error("BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
        if (body?["nonce"] is JsonValue nonce && nonce.ToString().Length > 25)
            errors["nonce"] = Error("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        if (body?["allowed_mentions"] is JsonObject mentions)
        {
            var parse = (mentions["parse"] as JsonArray)?.Select(p => p?.GetValue<string>()).ToList() ?? [];
            if (parse.Contains("users") && mentions["users"] is JsonArray { Count: > 0 })
                errors["allowed_mentions"] = Error("MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE", "parse:[\"users\"] and users: [ids...] are mutually exclusive.");
        }
        if (body?["embeds"] is JsonArray { Count: > 10 })
            errors["embeds"] = Error("BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
        if (errors.Count > 0) return new Problem(50035, "Invalid Form Body", errors);
        var empty = string.IsNullOrEmpty(content) && body?["embeds"] is not JsonArray { Count: > 0 } && fileCount == 0
            && body?["components"] is not JsonArray { Count: > 0 } && body?["sticker_ids"] is not JsonArray { Count: > 0 };
        return empty ? new Problem(50006, "Cannot send an empty message", new JsonObject()) : null;
    }

    public static Problem? Commands(JsonNode? body)
    {
        var errors = new JsonObject();
        if (body is not JsonArray commands) return new Problem(50035, "Invalid Form Body", new JsonObject { ["_errors"] = ErrorList("BASE_TYPE_ARRAY", "Must be an array.") });
        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i] as JsonObject;
            var path = new JsonObject();
            CheckNamed(command, path);
            if (command?["options"] is JsonArray options) CheckOptions(options, path, depth: 0);
            if (path.Count > 0) errors[i.ToString()] = path;
        }
        return errors.Count > 0 ? new Problem(50035, "Invalid Form Body", errors) : null;
    }

    private static void CheckOptions(JsonArray options, JsonObject path, int depth)
    {
        var errors = new JsonObject();
        if (options.Count > 25) errors["_errors"] = ErrorList("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        var seenOptional = false;
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i] as JsonObject;
            var optionErrors = new JsonObject();
            CheckNamed(option, optionErrors);
            var type = option?["type"]?.GetValue<int>() ?? 0;
            if (type is < 1 or > 11) optionErrors["type"] = Error("BASE_TYPE_CHOICES", "Value must be one of 1…11.");
            if (type is 1 or 2 && depth > 1) optionErrors["type"] = Error("APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Sub-commands nest too deep.");
            var required = option?["required"]?.GetValue<bool>() == true;
            if (required && seenOptional) optionErrors["required"] = Error("APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
            seenOptional |= !required && type is not (1 or 2);
            if (option?["choices"] is JsonArray choices)
            {
                if (choices.Count > 25) optionErrors["choices"] = Error("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
                if (option["autocomplete"]?.GetValue<bool>() == true) optionErrors["autocomplete"] = Error("AUTOCOMPLETE_CHOICES_EXCLUSIVE", "Autocomplete and choices are mutually exclusive.");
            }
            if (option?["options"] is JsonArray nested) CheckOptions(nested, optionErrors, depth + 1);
            if (optionErrors.Count > 0) errors[i.ToString()] = optionErrors;
        }
        if (errors.Count > 0) path["options"] = errors;
    }

    private static void CheckNamed(JsonObject? item, JsonObject errors)
    {
        var name = item?["name"]?.GetValue<string>() ?? "";
        if (!CommandName().IsMatch(name) || name != name.ToLowerInvariant())
            errors["name"] = Error("APPLICATION_COMMAND_INVALID_NAME", $"Command name \"{name}\" is invalid.");
        var description = item?["description"]?.GetValue<string>() ?? "";
        if (description.Length is < 1 or > 100)
            errors["description"] = Error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
    }

    public static JsonObject Error(string code, string message) => new() { ["_errors"] = ErrorList(code, message) };

    private static JsonArray ErrorList(string code, string message) => new(new JsonObject { ["code"] = code, ["message"] = message });

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex CommandName();
}

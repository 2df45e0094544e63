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
        // attachments[].id names an uploaded part files[id]; on an edit it may also be an existing attachment's snowflake.
        if (body?["attachments"] is JsonArray attachments)
            for (var a = 0; a < attachments.Count; a++)
                if (attachments[a]?["id"]?.ToString() is { } id && int.TryParse(id, out var index) && (index < 0 || index >= fileCount))
                    (errors["attachments"] ??= new JsonObject())[a.ToString()] = new JsonObject { ["id"] = Error("ATTACHMENT_NOT_FOUND", $"No file part files[{id}] was uploaded.") };
        if (body?["embeds"] is JsonArray { Count: > 10 })
            errors["embeds"] = Error("BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
        if (body?["components"] is JsonNode components && MessageComponents(components) is { Count: > 0 } componentErrors)
            errors["components"] = componentErrors;
        if (errors.Count > 0) return new Problem(50035, "Invalid Form Body", errors);
        var empty = string.IsNullOrEmpty(content) && body?["embeds"] is not JsonArray { Count: > 0 } && fileCount == 0
            && body?["components"] is not JsonArray { Count: > 0 } && body?["sticker_ids"] is not JsonArray { Count: > 0 };
        return empty ? new Problem(50006, "Cannot send an empty message", new JsonObject()) : null;
    }

    /// <summary>A message's components: at most 5 action rows of 1–5 buttons; a button has style 1–5, a custom_id of 1–100 characters unique in the message (link buttons a url instead), a label of at most 80.</summary>
    private static JsonObject MessageComponents(JsonNode components)
    {
        var errors = new JsonObject();
        if (components is not JsonArray rows) return new JsonObject { ["_errors"] = ErrorList("BASE_TYPE_ARRAY", "Must be an array.") };
        if (rows.Count > 5) errors["_errors"] = ErrorList("BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
        var seen = new HashSet<string>();
        for (var r = 0; r < rows.Count; r++)
        {
            var rowErrors = new JsonObject();
            var row = rows[r] as JsonObject;
            if (row?["type"]?.GetValue<int>() != 1) rowErrors["type"] = Error("COMPONENT_TYPE_INVALID", "Top-level message components must be action rows (type 1).");
            var children = row?["components"] as JsonArray;
            if (children is null || children.Count is < 1 or > 5)
                rowErrors["components"] = Error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
            for (var c = 0; c < (children?.Count ?? 0); c++)
            {
                var button = children![c] as JsonObject;
                var buttonErrors = new JsonObject();
                if (button?["type"]?.GetValue<int>() != 2) buttonErrors["type"] = Error("COMPONENT_TYPE_INVALID", "Only buttons (type 2) are modelled in an action row of a message.");
                var style = button?["style"]?.GetValue<int>() ?? 0;
                if (style is < 1 or > 5) buttonErrors["style"] = Error("BASE_TYPE_CHOICES", "Value must be one of (1, 2, 3, 4, 5).");
                var customId = button?["custom_id"]?.GetValue<string>();
                if (style == 5 && button?["url"] is null) buttonErrors["url"] = Error("BASE_TYPE_REQUIRED", "This field is required");
                if (style is >= 1 and <= 4)
                {
                    if (customId is null) buttonErrors["custom_id"] = Error("BASE_TYPE_REQUIRED", "This field is required");
                    else if (customId.Length is < 1 or > 100) buttonErrors["custom_id"] = Error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
                    else if (!seen.Add(customId)) buttonErrors["custom_id"] = Error("COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated");
                }
                if (button?["label"]?.GetValue<string>() is { Length: > 80 }) buttonErrors["label"] = Error("BASE_TYPE_MAX_LENGTH", "Must be 80 or fewer in length.");
                if (button?["emoji"] is JsonObject emoji && emoji["name"]?.GetValue<string>() is not { Length: >= 1 and <= 32 })
                    buttonErrors["emoji"] = new JsonObject { ["name"] = Error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.") };
                if (button?["label"] is null && button?["emoji"] is null) buttonErrors["label"] = Error("BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED", "A button needs a label or an emoji.");
                if (buttonErrors.Count > 0) (rowErrors["components"] ??= new JsonObject())[c.ToString()] = buttonErrors;
            }
            if (rowErrors.Count > 0) errors[r.ToString()] = rowErrors;
        }
        return errors;
    }

    /// <summary>Callback type 9: custom_id 1–100, title 1–45, 1–5 action rows each holding one text input (or labels wrapping one).</summary>
    public static Problem? Modal(JsonNode? data)
    {
        var errors = new JsonObject();
        var customId = data?["custom_id"]?.GetValue<string>();
        if (customId is null) errors["custom_id"] = Error("BASE_TYPE_REQUIRED", "This field is required");
        else if (customId.Length is < 1 or > 100) errors["custom_id"] = Error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        var title = data?["title"]?.GetValue<string>();
        if (title is null) errors["title"] = Error("BASE_TYPE_REQUIRED", "This field is required");
        else if (title.Length is < 1 or > 45) errors["title"] = Error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length.");
        var rows = data?["components"] as JsonArray;
        if (rows is null || rows.Count is < 1 or > 5) errors["components"] = Error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
        var rowErrors = new JsonObject();
        for (var r = 0; r < (rows?.Count ?? 0); r++)
        {
            var row = rows![r] as JsonObject;
            var problems = new JsonObject();
            switch (row?["type"]?.GetValue<int>())
            {
                case 1 when row["components"] is JsonArray { Count: 1 } single && single[0] is JsonObject input:
                    if (TextInput(input, labelRequired: true) is { Count: > 0 } inputErrors) problems["components"] = new JsonObject { ["0"] = inputErrors };
                    break;
                case 1:
                    problems["components"] = Error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 1 in length.");
                    break;
                case 18 when row["component"] is JsonObject wrapped:
                    if (row["label"]?.GetValue<string>() is not { Length: >= 1 and <= 45 }) problems["label"] = Error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length.");
                    if (TextInput(wrapped, labelRequired: false) is { Count: > 0 } wrappedErrors) problems["component"] = wrappedErrors;
                    break;
                default:
                    problems["type"] = Error("COMPONENT_TYPE_INVALID", "Modal components must be action rows (type 1) or labels (type 18) holding a text input.");
                    break;
            }
            if (problems.Count > 0) rowErrors[r.ToString()] = problems;
        }
        if (rowErrors.Count > 0) errors["components"] = rowErrors;
        return errors.Count > 0 ? new Problem(50035, "Invalid Form Body", new JsonObject { ["data"] = errors }) : null;
    }

    private static JsonObject TextInput(JsonObject input, bool labelRequired)
    {
        var errors = new JsonObject();
        if (input["type"]?.GetValue<int>() != 4) errors["type"] = Error("COMPONENT_TYPE_INVALID", "Expected a text input (type 4).");
        if (input["custom_id"]?.GetValue<string>() is not { Length: >= 1 and <= 100 }) errors["custom_id"] = Error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        if (input["style"]?.GetValue<int>() is not (1 or 2)) errors["style"] = Error("BASE_TYPE_CHOICES", "Value must be one of (1, 2).");
        var label = input["label"]?.GetValue<string>();
        if (label is null && labelRequired) errors["label"] = Error("BASE_TYPE_REQUIRED", "This field is required");
        else if (label is { Length: < 1 or > 45 }) errors["label"] = Error("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length.");
        var max = input["max_length"]?.GetValue<int>();
        var min = input["min_length"]?.GetValue<int>();
        if (max is < 1 or > 4000) errors["max_length"] = Error("NUMBER_TYPE_MAX", "int value should be between 1 and 4000.");
        if (min is < 0 or > 4000) errors["min_length"] = Error("NUMBER_TYPE_MAX", "int value should be between 0 and 4000.");
        if (input["value"]?.GetValue<string>() is { } value && value.Length > Math.Min(4000, max ?? 4000))
            errors["value"] = Error("BASE_TYPE_MAX_LENGTH", $"Must be {Math.Min(4000, max ?? 4000)} or fewer in length.");
        if (input["placeholder"]?.GetValue<string>() is { Length: > 100 }) errors["placeholder"] = Error("BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
        return errors;
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

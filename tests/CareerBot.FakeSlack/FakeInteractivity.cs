using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerBot.FakeSlack;

/// <summary>
/// Interactivity: trigger_ids (one use, expiring), views.open with Slack's modal rules, and the payloads Slack sends
/// when a member clicks a button (block_actions) or submits a modal (view_submission), over Socket Mode or signed HTTP.
/// </summary>
public sealed partial class FakeSlackServer
{
    private readonly ConcurrentDictionary<string, (string UserId, DateTimeOffset Issued)> _triggers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeView> _views = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _usedTriggers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string ViewId, string UserId)> _submissionEnvelopes = new(StringComparer.Ordinal);

    /// <summary>Modals opened, in order.</summary>
    public ConcurrentQueue<FakeView> Views { get; } = new();
    /// <summary>How the bot answered each view_submission.</summary>
    public ConcurrentQueue<FakeViewSubmission> ViewSubmissions { get; } = new();

    private string NewTrigger(string userId)
    {
        var trigger = NextId("trigger.");
        _triggers[trigger] = (userId, DateTimeOffset.UtcNow);
        return trigger;
    }

    private JsonObject OpenView(IReadOnlyDictionary<string, string> f)
    {
        if (!f.TryGetValue("trigger_id", out var trigger)) return Error("invalid_arguments");
        // A trigger opens one view: a second use is refused, as Slack does.
        if (_usedTriggers.ContainsKey(trigger)) return Error("exchanged_trigger_id");
        if (!_triggers.TryGetValue(trigger, out var issued)) return Error("invalid_trigger_id");
        if (DateTimeOffset.UtcNow - issued.Issued > Options.TriggerLifetime) return Error("expired_trigger_id");
        if (!f.TryGetValue("view", out var json)) return Error("invalid_arguments");
        if (json.Length > 250_000) return Error("view_too_large");
        JsonObject? view;
        try { view = JsonNode.Parse(json) as JsonObject; }
        catch (JsonException) { view = null; }
        if (view is null) return InvalidArguments("view must be a JSON object");
        if (ViewProblem(view) is { } problem) return InvalidArguments(problem);
        if (!_usedTriggers.TryAdd(trigger, 0)) return Error("exchanged_trigger_id");
        _triggers.TryRemove(trigger, out _);
        var viewId = NextId("V");
        var opened = new FakeView(viewId, issued.UserId, view["callback_id"]?.GetValue<string>() ?? "", view["private_metadata"]?.GetValue<string>() ?? "", view, DateTimeOffset.UtcNow);
        _views[viewId] = opened;
        Views.Enqueue(opened);
        var answer = (JsonObject)view.DeepClone();
        answer["id"] = viewId;
        answer["team_id"] = Options.TeamId;
        answer["app_id"] = Options.AppId;
        answer["bot_id"] = Options.BotId;
        return Ok(new JsonObject { ["view"] = answer });
    }

    /// <summary>Slack's modal rules; the message names the JSON pointer as Slack's response_metadata does.</summary>
    private static string? ViewProblem(JsonObject view)
    {
        if (view["type"]?.GetValue<string>() != "modal") return "view type must be modal [json-pointer:/view/type]";
        if (PlainTextProblem(view["title"], 24, required: true) is { } title) return title + " [json-pointer:/view/title]";
        if (PlainTextProblem(view["submit"], 24, required: false) is { } submit) return submit + " [json-pointer:/view/submit]";
        if (PlainTextProblem(view["close"], 24, required: false) is { } close) return close + " [json-pointer:/view/close]";
        if (view["callback_id"]?.GetValue<string>()?.Length > 255) return "must be at most 255 characters [json-pointer:/view/callback_id]";
        if (view["private_metadata"]?.GetValue<string>()?.Length > 3000) return "must be at most 3000 characters [json-pointer:/view/private_metadata]";
        if (view["blocks"] is not JsonArray blocks || blocks.Count == 0) return "must provide blocks [json-pointer:/view/blocks]";
        var inputs = blocks.Select((b, i) => (Block: b as JsonObject, Index: i)).Where(b => b.Block?["type"]?.GetValue<string>() == "input").ToList();
        foreach (var (block, index) in inputs)
        {
            if (view["submit"] is null) return $"must define submit to use input block [json-pointer:/view/blocks/{index}]";
            if (PlainTextProblem(block!["label"], 2000, required: true) is { } label) return $"{label} [json-pointer:/view/blocks/{index}/label]";
            if (block["element"] is not JsonObject element) return $"must provide an element [json-pointer:/view/blocks/{index}/element]";
            if (element["action_id"]?.GetValue<string>()?.Length is null or 0 or > 255) return $"action_id must be 1 to 255 characters [json-pointer:/view/blocks/{index}/element/action_id]";
            if (element["type"]?.GetValue<string>() != "plain_text_input") continue;
            var maxLength = element["max_length"]?.GetValue<int>() ?? 3000;
            if (maxLength is < 1 or > 3000) return $"max_length must be 1 to 3000 [json-pointer:/view/blocks/{index}/element/max_length]";
            if (element["initial_value"]?.GetValue<string>()?.Length > maxLength) return $"initial_value is longer than max_length [json-pointer:/view/blocks/{index}/element/initial_value]";
        }
        var others = new JsonArray(blocks.Where(b => b?["type"]?.GetValue<string>() != "input").Select(b => b!.DeepClone()).ToArray());
        return BlocksProblem(others, maxBlocks: 100) is null && blocks.Count <= 100 ? null : "invalid blocks [json-pointer:/view/blocks]";
    }

    private static string? PlainTextProblem(JsonNode? text, int maxLength, bool required)
    {
        if (text is null) return required ? "must provide a plain_text object" : null;
        if (text["type"]?.GetValue<string>() != "plain_text") return "must be a plain_text object";
        return text["text"]?.GetValue<string>()?.Length is null or 0 || text["text"]!.GetValue<string>().Length > maxLength ? $"text must be 1 to {maxLength} characters" : null;
    }

    private static JsonObject InvalidArguments(string message)
    {
        var error = Error("invalid_arguments");
        error["response_metadata"] = new JsonObject { ["messages"] = new JsonArray("[ERROR] " + message) };
        return error;
    }

    /// <summary>The payload Slack sends when <paramref name="userId"/> clicks the button <paramref name="actionId"/> in <paramref name="post"/>.</summary>
    /// <returns>The payload, and the id of its response_url (see <see cref="Responses"/>).</returns>
    public (JsonObject Payload, string ResponseUrlId) ButtonClick(FakePost post, string actionId, string userId)
    {
        var (block, button) = post.Blocks?.OfType<JsonObject>()
            .Where(b => b["type"]?.GetValue<string>() == "actions")
            .SelectMany(b => (b["elements"] as JsonArray ?? []).OfType<JsonObject>().Select(e => (Block: b, Button: e)))
            .FirstOrDefault(p => p.Button["action_id"]?.GetValue<string>() == actionId) ?? default;
        if (button is null) throw new InvalidOperationException($"The message {post.Ts} has no button {actionId}.");
        return ButtonClick(post.Channel, post.Ts, post.Method == "chat.postEphemeral", block!["block_id"]?.GetValue<string>() ?? "", button, userId, post.ThreadTs);
    }

    /// <summary>A block_actions payload for any button, e.g. one the bot no longer recognises.</summary>
    /// <param name="threadTs">The thread the message is in, as Slack sends it in <c>message.thread_ts</c>.</param>
    public (JsonObject Payload, string ResponseUrlId) ButtonClick(string channel, string messageTs, bool ephemeral, string blockId, JsonObject button, string userId, string? threadTs = null)
    {
        var responseId = NextId("R");
        var payload = new JsonObject
        {
            ["type"] = "block_actions", ["api_app_id"] = Options.AppId, ["token"] = "legacy-verification-token",
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = userId.ToLowerInvariant(), ["team_id"] = Options.TeamId },
            ["team"] = new JsonObject { ["id"] = Options.TeamId, ["domain"] = "fake" },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel, ["is_ephemeral"] = ephemeral },
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "general" },
            ["trigger_id"] = NewTrigger(userId),
            ["response_url"] = new Uri(BaseUrl, "response/" + responseId).ToString(),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = button["type"]?.GetValue<string>() ?? "button", ["action_id"] = button["action_id"]?.DeepClone(), ["block_id"] = blockId,
                ["text"] = button["text"]?.DeepClone(), ["value"] = button["value"]?.DeepClone(), ["action_ts"] = NextTs(),
            }),
        };
        // Ephemeral messages carry no message object, only the container.
        if (!ephemeral) payload["message"] = new JsonObject { ["type"] = "message", ["ts"] = messageTs, ["user"] = Options.BotUserId, ["bot_id"] = Options.BotId };
        if (!ephemeral && threadTs is not null) payload["message"]!["thread_ts"] = threadTs;
        return (payload, responseId);
    }

    /// <summary>The payload Slack sends when a member submits <paramref name="viewId"/> with <paramref name="value"/> in its text field.</summary>
    /// <param name="userId">Who submits; by default the member the modal was opened for.</param>
    public JsonObject ViewSubmission(string viewId, string value, string? userId = null)
    {
        if (!_views.TryGetValue(viewId, out var view)) throw new InvalidOperationException($"No modal {viewId} was opened.");
        var input = view.TextInput ?? throw new InvalidOperationException($"The modal {viewId} has no text field.");
        userId ??= view.UserId;
        var state = (JsonObject)view.View.DeepClone();
        state["id"] = viewId;
        state["team_id"] = Options.TeamId;
        state["app_id"] = Options.AppId;
        state["state"] = new JsonObject
        {
            ["values"] = new JsonObject { [input.BlockId] = new JsonObject { [input.ActionId] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value } } },
        };
        return new JsonObject
        {
            ["type"] = "view_submission", ["api_app_id"] = Options.AppId, ["token"] = "legacy-verification-token", ["trigger_id"] = NewTrigger(userId),
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = userId.ToLowerInvariant(), ["team_id"] = Options.TeamId },
            ["team"] = new JsonObject { ["id"] = Options.TeamId, ["domain"] = "fake" },
            ["view"] = state, ["response_urls"] = new JsonArray(),
        };
    }

    /// <summary>Delivers an interactive payload over Socket Mode; returns the envelope id (its ack appears in <see cref="Acks"/>).</summary>
    public string SendInteractive(JsonObject payload)
    {
        var envelopeId = Guid.NewGuid().ToString();
        if (payload["type"]?.GetValue<string>() == "view_submission")
            _submissionEnvelopes[envelopeId] = (payload["view"]!["id"]!.GetValue<string>(), payload["user"]!["id"]!.GetValue<string>());
        Track(DeliverAsync("interactive", payload, null, 0, envelopeId));
        return envelopeId;
    }

    /// <summary>Posts an interactive payload to a bot in HTTP mode as Slack does (signed form, field <c>payload</c>); a view_submission's answer is recorded.</summary>
    public async Task<HttpResponseMessage> PostInteractiveToBotAsync(Uri interactivityUrl, JsonObject payload, SignatureTamper tamper = SignatureTamper.None)
    {
        var body = await new FormUrlEncodedContent([new("payload", payload.ToJsonString())]).ReadAsByteArrayAsync();
        var response = await PostSignedAsync(interactivityUrl, body, "application/x-www-form-urlencoded", tamper, 0);
        if (payload["type"]?.GetValue<string>() == "view_submission" && response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync();
            RecordSubmissionAnswer(payload["view"]!["id"]!.GetValue<string>(), payload["user"]!["id"]!.GetValue<string>(),
                text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject);
        }
        return response;
    }

    /// <summary>An empty answer closes the modal; <c>errors</c> must name input blocks of that view, or Slack rejects the answer.</summary>
    private void RecordSubmissionAnswer(string viewId, string userId, JsonObject? answer)
    {
        var action = answer?["response_action"]?.GetValue<string>();
        var errors = (answer?["errors"] as JsonObject)?.ToDictionary(e => e.Key, e => e.Value?.GetValue<string>() ?? "", StringComparer.Ordinal) ?? [];
        string? problem = null;
        if (action == "errors")
        {
            var inputs = (_views[viewId].View["blocks"] as JsonArray ?? []).OfType<JsonObject>()
                .Where(b => b["type"]?.GetValue<string>() == "input").Select(b => b["block_id"]?.GetValue<string>()).ToHashSet();
            if (errors.Count == 0) problem = "response_action errors without errors";
            else if (errors.Keys.FirstOrDefault(k => !inputs.Contains(k)) is { } unknown) problem = $"errors name {unknown}, which is not an input block of the view";
        }
        else if (action is not (null or "clear" or "update" or "push")) problem = $"unknown response_action {action}";
        ViewSubmissions.Enqueue(new FakeViewSubmission(viewId, userId, action, errors, problem, DateTimeOffset.UtcNow));
    }

}

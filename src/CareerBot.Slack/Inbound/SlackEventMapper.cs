using System.Text.Json;
using System.Text.RegularExpressions;
using CareerBot.Core.Messages;
using CareerBot.Core.ModeratorCommands;
using CareerBot.Slack.Interactions;
using CareerBot.Slack.Outbound;
using CareerBot.Slack.Wire;

namespace CareerBot.Slack.Inbound;

/// <summary>Translates Slack wire payloads into CareerBot's records, deciding which events the bot answers at all.</summary>
public static partial class SlackEventMapper
{
    public const string Platform = "slack";

    /// <summary>
    /// The question in an <c>event_callback</c>, or null when the bot must not answer: events other than app_mention
    /// and DM messages, anything with a subtype (edits, joins, deletions), anything a bot wrote, the bot's own messages.
    /// </summary>
    public static SlackQuestion? ToQuestion(JsonElement eventCallback, SlackIdentity bot)
    {
        if (!eventCallback.TryGetProperty("event", out var ev) || ev.ValueKind != JsonValueKind.Object) return null;
        var type = ev.GetStringOrNull("type");
        var isDirectMessage = type == "message" && ev.GetStringOrNull("channel_type") == "im";
        if (type != "app_mention" && !isDirectMessage) return null;
        // A bot's own DM posts carry bot_id but no subtype, so both are checked.
        if (ev.GetStringOrNull("subtype") is not null || ev.GetStringOrNull("bot_id") is not null) return null;
        var user = ev.GetStringOrNull("user");
        var channel = ev.GetStringOrNull("channel");
        var ts = ev.GetStringOrNull("ts");
        if (user is null || channel is null || ts is null || user == bot.UserId) return null;
        var text = StripMention(ev.GetStringOrNull("text") ?? "", bot.UserId);
        // Channel mentions get a thread each; a DM is answered in the conversation unless the member wrote in a thread.
        return new SlackQuestion(channel, ev.GetStringOrNull("thread_ts") ?? (isDirectMessage ? null : ts), ts, user, text);
    }

    /// <summary>A slash command from its fields (form-encoded over HTTP, a JSON object in Socket Mode), or null when a required field is missing.</summary>
    public static SlackSlashCommand? ToSlashCommand(IReadOnlyDictionary<string, string> fields)
    {
        string? Get(string key) => fields.TryGetValue(key, out var v) ? v : null;
        if (Get("command") is not { Length: > 1 } command || Get("user_id") is not { } user || Get("channel_id") is not { } channel || Get("response_url") is not { } responseUrl)
            return null;
        return new SlackSlashCommand(command, SlackMrkdwn.Unescape(Get("text") ?? "").Trim(), user, channel, responseUrl, Get("trigger_id"));
    }

    /// <summary>An interactive payload's <c>type</c>: <c>block_actions</c>, <c>view_submission</c>, <c>view_closed</c>…</summary>
    public static string? InteractionType(JsonElement payload) => payload.GetStringOrNull("type");

    /// <summary>The first action of a <c>block_actions</c> payload, or null when a field the bot needs is missing.</summary>
    public static SlackButtonClick? ToButtonClick(JsonElement payload)
    {
        if (InteractionType(payload) != "block_actions") return null;
        var user = Child(payload, "user").GetStringOrNull("id");
        var action = payload.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array && actions.GetArrayLength() > 0 ? actions[0] : default;
        // An ephemeral message has no message object, only the container.
        var messageTs = Child(payload, "container").GetStringOrNull("message_ts") ?? Child(payload, "message").GetStringOrNull("ts");
        var responseUrl = payload.GetStringOrNull("response_url");
        if (user is null || action.GetStringOrNull("action_id") is not { } actionId || messageTs is null || responseUrl is null) return null;
        var channel = Child(payload, "container").GetStringOrNull("channel_id") ?? Child(payload, "channel").GetStringOrNull("id") ?? "";
        var threadTs = Child(payload, "message").GetStringOrNull("thread_ts") ?? Child(payload, "container").GetStringOrNull("thread_ts");
        return new SlackButtonClick(user, actionId, action.GetStringOrNull("value") ?? "", messageTs, responseUrl, channel, threadTs);
    }

    /// <summary>A <c>view_submission</c> whose text field is <paramref name="blockId"/>/<paramref name="actionId"/>; null when user or callback_id is missing.</summary>
    public static SlackViewSubmission? ToViewSubmission(JsonElement payload, string blockId, string actionId, SlackAckSender acknowledge)
    {
        if (InteractionType(payload) != "view_submission") return null;
        var user = Child(payload, "user").GetStringOrNull("id");
        var view = Child(payload, "view");
        if (user is null || view.GetStringOrNull("callback_id") is not { } callbackId) return null;
        var value = Child(Child(Child(Child(view, "state"), "values"), blockId), actionId).GetStringOrNull("value");
        return new SlackViewSubmission(user, callbackId, view.GetStringOrNull("private_metadata") ?? "", value, acknowledge);
    }

    private static JsonElement Child(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var child) ? child : default;

    public static IReadOnlyDictionary<string, string> Fields(JsonElement payload)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (payload.ValueKind != JsonValueKind.Object) return fields;
        foreach (var p in payload.EnumerateObject())
            if (p.Value.ValueKind == JsonValueKind.String) fields[p.Name] = p.Value.GetString()!;
        return fields;
    }

    /// <summary>The text the pipeline reads: <c>/careerbot</c> and <c>/ask</c> become <c>/ask …</c>; every other command keeps its name.</summary>
    public static string CommandText(SlackSlashCommand command)
    {
        var name = command.Command.TrimStart('/').ToLowerInvariant();
        if (name == "careerbot") name = "ask";
        return command.Text.Length == 0 ? "/" + name : $"/{name} {command.Text}";
    }

    public static IncomingMessage ToIncomingMessage(SlackQuestion question, ChatUser user) =>
        new(Platform, Conversation(question.Channel, question.ThreadTs), user, question.Text) { ReceivedAt = question.ReceivedAt };

    /// <summary>Follow-up context is kept per thread, and per DM for a DM outside threads.</summary>
    public static string Conversation(string channel, string? threadTs) => threadTs is null ? channel : channel + ":" + threadTs;

    /// <summary>A slash command read once, here, into the typed command the pipeline runs (Slack sends one text string).</summary>
    public static IncomingMessage ToIncomingMessage(SlackSlashCommand command, ChatUser user)
    {
        var text = CommandText(command);
        return CommandTextReader.Read(text) is { } invocation
            ? new(Platform, command.ChannelId, user, invocation.Label) { ReceivedAt = command.ReceivedAt, Invocation = invocation }
            : new(Platform, command.ChannelId, user, text) { ReceivedAt = command.ReceivedAt };
    }

    /// <summary>A submitted edit modal as a typed form: its one text field is the form's body, exactly as typed.</summary>
    public static IncomingMessage ToIncomingMessage(SlackViewSubmission submission, ChatUser user) =>
        new(Platform, submission.ChannelId, user, submission.CallbackId)
        {
            ReceivedAt = submission.ReceivedAt,
            Invocation = new FormSubmission(submission.CallbackId,
                submission.Value is { } body ? new Dictionary<string, string> { [KnowledgeEditForm.BodyField] = body } : new Dictionary<string, string>()),
        };

    /// <summary>Removes the bot's own mention (<c>&lt;@U…&gt;</c> or <c>&lt;@U…|name&gt;</c>) and undoes Slack's escaping; other mentions stay as ids.</summary>
    public static string StripMention(string text, string botUserId)
    {
        var withoutBot = MentionPattern().Replace(text, m => m.Groups[1].Value == botUserId ? "" : m.Value);
        return SlackMrkdwn.Unescape(SpacePattern().Replace(withoutBot, " ")).Trim();
    }

    [GeneratedRegex(@"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex SpacePattern();
}

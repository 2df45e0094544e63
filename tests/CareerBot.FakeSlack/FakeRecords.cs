using System.Text.Json.Nodes;

namespace CareerBot.FakeSlack;

/// <summary>One Web API request as the fake received it; <paramref name="Fields"/> merges query, form and JSON top-level values.</summary>
public sealed record FakeApiCall(string Method, string? Token, IReadOnlyDictionary<string, string> Fields, string ContentType, DateTimeOffset At, int Status);

/// <summary>A message the bot posted (chat.postMessage, chat.postEphemeral or chat.update).</summary>
public sealed record FakePost(string Method, string Channel, string? ThreadTs, string Text, JsonArray? Blocks, string Ts, string? User, DateTimeOffset At);

/// <summary>A reply posted to a response_url (slash command or button click); <paramref name="ReplaceOriginal"/> as sent (null when left out).</summary>
public sealed record FakeResponse(string ResponseUrlId, string? ResponseType, string Text, JsonArray? Blocks, DateTimeOffset At, bool? ReplaceOriginal = null);

/// <summary>An envelope acknowledgement: which socket, how long after sending, and any response payload.</summary>
public sealed record FakeAck(string EnvelopeId, int SocketId, TimeSpan Latency, bool OnDeliveringSocket, JsonNode? Payload);

/// <summary>An envelope sent to a socket.</summary>
public sealed record FakeDelivery(string EnvelopeId, string Type, string? EventId, int RetryAttempt, int SocketId, DateTimeOffset At);

/// <summary>Bytes received on an upload URL, and where the file was shared once completed.</summary>
public sealed record FakeUpload(string FileId, string FileName, int DeclaredLength, int ReceivedLength, string? Channel, string? ThreadTs, bool Completed);

/// <summary>Ways the fake can spoil a signed HTTP request, to test that the bot refuses it.</summary>
public enum SignatureTamper
{
    None,
    WrongSecret,
    StaleTimestamp,
    FutureTimestamp,
    MissingHeaders,
}

/// <summary>A modal opened with views.open: who it is for, its callback_id and private_metadata, and the view as sent.</summary>
public sealed record FakeView(string ViewId, string UserId, string CallbackId, string PrivateMetadata, JsonObject View, DateTimeOffset At)
{
    /// <summary>The first plain_text_input's block_id, action_id and initial_value (what the member sees pre-filled).</summary>
    public (string BlockId, string ActionId, string? InitialValue)? TextInput =>
        (View["blocks"] as JsonArray)?.OfType<JsonObject>()
            .Where(b => b["type"]?.GetValue<string>() == "input" && b["element"]?["type"]?.GetValue<string>() == "plain_text_input")
            .Select(b => ((string, string, string?)?)(b["block_id"]!.GetValue<string>(), b["element"]!["action_id"]!.GetValue<string>(), b["element"]!["initial_value"]?.GetValue<string>()))
            .FirstOrDefault();
}

/// <summary>
/// How the bot answered a view_submission: <paramref name="ResponseAction"/> (null: the modal closed), field errors by
/// block_id, and <paramref name="Problem"/> when the answer is one Slack would reject (an error for a block the view lacks).
/// </summary>
public sealed record FakeViewSubmission(string ViewId, string UserId, string? ResponseAction, IReadOnlyDictionary<string, string> Errors, string? Problem, DateTimeOffset At);

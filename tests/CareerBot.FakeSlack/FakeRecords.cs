using System.Text.Json.Nodes;

namespace CareerBot.FakeSlack;

/// <summary>One Web API request as the fake received it; <paramref name="Fields"/> merges query, form and JSON top-level values.</summary>
public sealed record FakeApiCall(string Method, string? Token, IReadOnlyDictionary<string, string> Fields, string ContentType, DateTimeOffset At, int Status);

/// <summary>A message the bot posted (chat.postMessage, chat.postEphemeral or chat.update).</summary>
public sealed record FakePost(string Method, string Channel, string? ThreadTs, string Text, JsonArray? Blocks, string Ts, string? User, DateTimeOffset At);

/// <summary>A reply posted to a slash command's response_url.</summary>
public sealed record FakeResponse(string ResponseUrlId, string? ResponseType, string Text, JsonArray? Blocks, DateTimeOffset At);

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

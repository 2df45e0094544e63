using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CareerBot.FakeSlack;

/// <summary>
/// Slack having a bad day: the next calls of a method fail with a server error, either before doing anything or after
/// doing it (the response is lost, so the caller cannot tell) — and conversations.replies, which a careful client reads
/// to tell the two apart.
/// </summary>
public sealed partial class FakeSlackServer
{
    private readonly NextCalls<bool> _failures = new();
    private readonly ConcurrentDictionary<string, JsonNode> _metadata = new(StringComparer.Ordinal);

    /// <summary>
    /// The next <paramref name="count"/> calls of <paramref name="method"/> fail: before doing anything with
    /// <c>{ok:false, error:"internal_error"}</c>, or, with <paramref name="afterDoing"/>, after doing it with an HTTP 500.
    /// </summary>
    public void FailNext(string method, int count, bool afterDoing) => _failures.Arm(method, count, afterDoing);

    /// <summary>Null, or whether this call fails after doing its work; counts the failure down.</summary>
    private bool? TakeFailure(string method) => _failures.TryTake(method, out var afterDoing) ? afterDoing : null;

    private static async Task WriteServerErrorAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await context.Response.WriteAsync("<html><body>500 Internal Server Error</body></html>");
    }

    private void KeepMetadata(string ts, IReadOnlyDictionary<string, string> fields)
    {
        if (fields.TryGetValue("metadata", out var json) && JsonNode.Parse(json) is { } metadata) _metadata[ts] = metadata;
    }

    /// <summary>The thread's parent and replies the bot posted, oldest first; metadata only with include_all_metadata.</summary>
    private JsonObject Replies(IReadOnlyDictionary<string, string> f)
    {
        if (!f.TryGetValue("channel", out var channel) || !f.TryGetValue("ts", out var ts)) return Error("invalid_arguments");
        var withMetadata = f.GetValueOrDefault("include_all_metadata") is "true" or "1";
        var messages = Posts.Where(p => p.Method == "chat.postMessage" && p.Channel == channel && (p.ThreadTs == ts || p.Ts == ts))
            .Select(p =>
            {
                var message = new JsonObject
                {
                    ["type"] = "message", ["user"] = Options.BotUserId, ["bot_id"] = Options.BotId, ["text"] = p.Text, ["ts"] = p.Ts, ["thread_ts"] = p.ThreadTs,
                };
                if (withMetadata && _metadata.TryGetValue(p.Ts, out var metadata)) message["metadata"] = metadata.DeepClone();
                return (JsonNode)message;
            }).ToArray();
        return Ok(new JsonObject { ["messages"] = new JsonArray(messages), ["has_more"] = false });
    }
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using CareerBot.Http;
using CareerBot.Slack.Inbound;
using CareerBot.Slack.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Http;

/// <summary>
/// /slack/events, /slack/commands and /slack/interactivity: the raw body is read, the signature checked (401 if it
/// fails), and the request answered 200 at once (a modal submission once it is checked); the answer itself goes out later through the Web API or response_url.
/// </summary>
public sealed class SlackHttpEndpoints(SlackRequestVerifier verifier, SlackInboundRouter router, TimeProvider time, ILogger<SlackHttpEndpoints> logger)
{
    private readonly RefusedRequestLog _refused = new(logger, time);

    public async Task HandleEventsAsync(HttpContext context)
    {
        if (await ReadVerifiedBodyAsync(context) is not { } body) return;
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (root.GetStringOrNull("type") == "url_verification")
        {
            await context.Response.WriteAsJsonAsync(new { challenge = root.GetStringOrNull("challenge") ?? "" });
            return;
        }
        var retry = int.TryParse(context.Request.Headers["X-Slack-Retry-Num"], out var n) ? n : 0;
        router.RouteEventCallback(root, retry);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    public async Task HandleCommandsAsync(HttpContext context)
    {
        var body = await BoundedRequestBody.ReadAsync(context);
        if (body is null) return;
        var fields = Form(body);
        // Slack's unsigned certificate check carries no command: answer it and do nothing.
        if (fields.GetValueOrDefault("ssl_check") == "1" && !context.Request.Headers.ContainsKey("X-Slack-Signature"))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }
        if (!Verified(context, body) || !await IsUtf8Async(context, body)) return;
        if (SlackEventMapper.ToSlashCommand(fields) is not { } command)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        router.RouteSlashCommand(command);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>
    /// Interactivity: form field <c>payload</c> holding JSON. Button clicks are answered 200 at once; a modal submission's
    /// response waits for the worker's verdict (errors keep the modal open), bounded so Slack's 3 s are never missed.
    /// </summary>
    public async Task HandleInteractivityAsync(HttpContext context)
    {
        if (await ReadVerifiedBodyAsync(context) is not { } body) return;
        JsonElement payload;
        try
        {
            using var document = JsonDocument.Parse(Form(body).GetValueOrDefault("payload") ?? "");
            payload = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var verdict = new TaskCompletionSource<JsonObject?>(TaskCreationOptions.RunContinuationsAsynchronously);
        JsonObject? answer = null;
        if (router.RouteInteraction(payload, (response, _) => { verdict.TrySetResult(response); return Task.CompletedTask; }))
        {
            try
            {
                answer = await verdict.Task.WaitAsync(InteractionResponseLimit, context.RequestAborted);
            }
            catch (TimeoutException)
            {
                logger.LogWarning("A Slack modal submission was not checked within {Limit}; acknowledged without a verdict", InteractionResponseLimit);
            }
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
        if (answer is not null) await context.Response.WriteAsJsonAsync(answer);
    }

    /// <summary>The worker acks a submission within 2.5 s of receipt; this is the backstop if it never does.</summary>
    private static readonly TimeSpan InteractionResponseLimit = TimeSpan.FromSeconds(2.8);

    private async Task<byte[]?> ReadVerifiedBodyAsync(HttpContext context)
    {
        var body = await BoundedRequestBody.ReadAsync(context);
        return body is not null && Verified(context, body) && await IsUtf8Async(context, body) ? body : null;
    }

    /// <summary>Slack sends UTF-8; anything else would fail deep in parsing, so it is refused here, saying why.</summary>
    private static async Task<bool> IsUtf8Async(HttpContext context, byte[] body)
    {
        if (Utf8.IsValid(body)) return true;
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.Response.WriteAsync("The request body is not valid UTF-8; Slack sends JSON or form fields encoded as UTF-8.");
        return false;
    }

    private bool Verified(HttpContext context, byte[] body)
    {
        var check = verifier.Verify(context.Request.Headers["X-Slack-Request-Timestamp"], context.Request.Headers["X-Slack-Signature"], body);
        if (check == SignatureCheck.Valid) return true;
        if (check == SignatureCheck.Replayed)
        {
            // Slack never sends one signed request twice; a 200 tells whoever replayed it nothing and keeps proxies from retrying.
            _refused.Refused(context.Request.Path, check.ToString());
            context.Response.StatusCode = StatusCodes.Status200OK;
            return false;
        }
        _refused.Refused(context.Request.Path, check.ToString());
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return false;
    }

    private static Dictionary<string, string> Form(byte[] body) =>
        QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Slack.Inbound;
using CareerBot.Slack.WebApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Http;

/// <summary>
/// /slack/events, /slack/commands and /slack/interactivity: the raw body is read, the signature checked (401 if it
/// fails), and the request answered 200 at once (a modal submission once it is checked); the answer itself goes out later through the Web API or response_url.
/// </summary>
public sealed class SlackHttpEndpoints(SlackRequestVerifier verifier, SlackInboundRouter router, ILogger<SlackHttpEndpoints> logger)
{
    /// <summary>Slack's payloads are a few kilobytes; anything far larger is not from Slack.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

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
        var body = await ReadBodyAsync(context);
        if (body is null) return;
        var fields = Form(body);
        // Slack's unsigned certificate check carries no command: answer it and do nothing.
        if (fields.GetValueOrDefault("ssl_check") == "1" && !context.Request.Headers.ContainsKey("X-Slack-Signature"))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }
        if (!Verified(context, body)) return;
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
        var body = await ReadBodyAsync(context);
        return body is not null && Verified(context, body) ? body : null;
    }

    private bool Verified(HttpContext context, byte[] body)
    {
        var check = verifier.Verify(context.Request.Headers["X-Slack-Request-Timestamp"], context.Request.Headers["X-Slack-Signature"], body);
        if (check == SignatureCheck.Valid) return true;
        if (check == SignatureCheck.Replayed)
        {
            // Slack never sends one signed request twice; a 200 tells whoever replayed it nothing and keeps proxies from retrying.
            logger.LogWarning("Ignored a replayed signed request to {Path}", context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status200OK;
            return false;
        }
        logger.LogWarning("Refused an unverified request to {Path}: {Check}", context.Request.Path, check);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return false;
    }

    /// <summary>The exact bytes Slack signed, before any parsing.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Dictionary<string, string> Form(byte[] body) =>
        QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
}

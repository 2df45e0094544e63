using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CareerBot.FakeSlack;

/// <summary>/_fake/* endpoints (events, commands, interactive, disconnect, ratelimit; calls, posts, acks, views, responses, uploads) that let a separate process (the npm fidelity script, a person with curl) drive and inspect the fake.</summary>
public sealed partial class FakeSlackServer
{
    private void MapControlEndpoints(WebApplication app)
    {
        app.MapPost("/_fake/events", async (HttpContext context) =>
        {
            if (await JsonNode.ParseAsync(context.Request.Body) is not JsonObject inner) return Results.BadRequest(new { error = "expected the inner event as a JSON object" });
            return Results.Json(new { event_id = SendEvent(inner) });
        });
        app.MapPost("/_fake/commands", async (HttpContext context) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            string Field(string name) => body?[name]?.GetValue<string>() ?? "";
            return Results.Json(new { response_id = SendSlashCommand(Field("command"), Field("text"), Field("user_id"), Field("channel_id")) });
        });
        app.MapPost("/_fake/interactive", async (HttpContext context) =>
        {
            if (await JsonNode.ParseAsync(context.Request.Body) is not JsonObject payload) return Results.BadRequest(new { error = "expected an interactive payload (block_actions, view_submission…) as a JSON object" });
            return Results.Json(new { envelope_id = SendInteractive(payload) });
        });
        app.MapPost("/_fake/views/{viewId}/submit", async (HttpContext context, string viewId) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            if (body?["value"]?.GetValue<string>() is not { } value) return Results.BadRequest(new { error = "expected {\"value\": \"submitted text\"}, optionally with user_id" });
            if (!_views.ContainsKey(viewId)) return Results.NotFound(new { error = $"no modal {viewId} was opened" });
            return Results.Json(new { envelope_id = SendInteractive(ViewSubmission(viewId, value, body["user_id"]?.GetValue<string>())) });
        });
        app.MapPost("/_fake/disconnect", async (string reason) =>
        {
            await DisconnectAllAsync(reason);
            return Results.Json(new { ok = true });
        });
        app.MapPost("/_fake/ratelimit", (string method, int count, int retryAfter) =>
        {
            RateLimitNext(method, count, retryAfter);
            return Results.Json(new { ok = true });
        });
        app.MapGet("/_fake/calls", () => Results.Json(Calls.Select(c => new { c.Method, c.Fields, c.ContentType, c.At, c.Status })));
        app.MapGet("/_fake/posts", () => Results.Json(Posts.Select(p => new { p.Method, p.Channel, p.ThreadTs, p.Text, p.Ts, p.User })));
        app.MapGet("/_fake/acks", () => Results.Json(Acks.Select(a => new { a.EnvelopeId, a.SocketId, LatencyMs = a.Latency.TotalMilliseconds, a.OnDeliveringSocket, a.Payload })));
        app.MapGet("/_fake/views", () => Results.Json(Views.Select(v => new { v.ViewId, v.UserId, v.CallbackId, v.PrivateMetadata, v.View })));
        app.MapGet("/_fake/responses", () => Results.Json(Responses));
        app.MapGet("/_fake/view-submissions", () => Results.Json(ViewSubmissions));
        app.MapGet("/_fake/uploads", () => Results.Json(Uploads));
    }
}

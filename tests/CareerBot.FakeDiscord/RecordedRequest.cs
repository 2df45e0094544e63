using System.Text.Json.Nodes;

namespace CareerBot.FakeDiscord;

/// <summary>One HTTP exchange as the fake saw it. <see cref="Json"/> is the JSON body (or the multipart <c>payload_json</c>).</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At)
{
    public JsonNode? Json { get; set; }
    public IReadOnlyList<string> FileNames { get; set; } = [];
    public int Status { get; set; }
    /// <summary>The <c>retry_after</c> the fake answered with, on a 429.</summary>
    public double? RetryAfter { get; set; }

    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}

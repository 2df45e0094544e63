using System.Text.Json.Nodes;

namespace CareerBot.FakeDiscord;

/// <summary>An interaction the fake sent, and how the bot answered it.</summary>
public sealed class FakeInteraction(string id, string token, int type, string name, DateTimeOffset createdAt)
{
    public string Id => id;
    public string Token => token;
    public int Type => type;
    public string Name => name;
    public DateTimeOffset CreatedAt => createdAt;
    /// <summary>The first callback's type (4 message, 5 deferred, 8 autocomplete), or null while unanswered.</summary>
    public int? CallbackType { get; set; }
    public DateTimeOffset? CallbackAt { get; set; }
    /// <summary>The original response's content (after edits), or null while only "thinking…".</summary>
    public string? Content { get; set; }
    public int Flags { get; set; }
    public bool Deleted { get; set; }
    public int Edits { get; set; }
    public JsonArray? Choices { get; set; }
    public List<JsonObject> Followups { get; } = [];
    public IReadOnlyList<string> FileNames { get; set; } = [];
}

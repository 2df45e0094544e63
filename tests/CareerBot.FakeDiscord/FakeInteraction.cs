using System.Text.Json.Nodes;

namespace CareerBot.FakeDiscord;

/// <summary>An interaction the fake sent, and how the bot answered it.</summary>
public sealed class FakeInteraction(string id, string token, int type, string name, DateTimeOffset createdAt)
{
    public string Id => id;
    public string Token => token;
    /// <summary>2 command, 3 component click, 4 autocomplete, 5 modal submit.</summary>
    public int Type => type;
    /// <summary>The command's name, or the clicked button's / submitted modal's custom_id.</summary>
    public string Name => name;
    public DateTimeOffset CreatedAt => createdAt;
    public string ChannelId { get; init; } = FakeDiscordServer.DefaultChannelId;
    /// <summary>The first callback's type (4 message, 5 deferred, 8 autocomplete, 9 modal), or null while unanswered.</summary>
    public int? CallbackType { get; set; }
    public DateTimeOffset? CallbackAt { get; set; }
    /// <summary>The original response's content (after edits), or null while only "thinking…".</summary>
    public string? Content { get; set; }
    public int Flags { get; set; }
    public bool Deleted { get; set; }
    public int Edits { get; set; }
    public JsonArray? Choices { get; set; }
    /// <summary>The modal's data (custom_id, title, components) when the bot answered with callback type 9.</summary>
    public JsonObject? Modal { get; set; }
    /// <summary>The original response as a message (id, content, components, flags), once it has content; buttons on it can be clicked.</summary>
    public JsonObject? Message { get; set; }
    public List<JsonObject> Followups { get; } = [];
    public IReadOnlyList<string> FileNames { get; set; } = [];
}

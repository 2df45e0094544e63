using System.Text.Json.Nodes;

namespace CareerBot.FakeDiscord;

/// <summary>A gateway session: its shard, every dispatch it was sent (for replay on RESUME), and its live connection if any.</summary>
public sealed class FakeGatewaySession(string id, int shardId, int shardCount)
{
    private readonly List<(int Sequence, string Event, JsonNode? Data)> _sent = [];

    public string Id => id;
    public int ShardId => shardId;
    public int ShardCount => shardCount;
    public int LastSequence { get; private set; }
    /// <summary>Ended by a client close 1000/1001, a newer IDENTIFY for the shard, or INVALID_SESSION: cannot be resumed.</summary>
    public bool Ended { get; set; }
    public FakeGatewayConnection? Connection { get; set; }
    public SemaphoreSlim Lock { get; } = new(1, 1);

    public bool Owns(string? guildId) =>
        guildId is null ? shardId == 0 : (int)((ulong.Parse(guildId) >> 22) % (ulong)shardCount) == shardId;

    /// <summary>Numbers a dispatch and keeps it for replay; call under <see cref="Lock"/>.</summary>
    public JsonObject Number(string eventName, JsonNode? data)
    {
        LastSequence++;
        _sent.Add((LastSequence, eventName, data?.DeepClone()));
        return Frame(LastSequence, eventName, data?.DeepClone());
    }

    public IEnumerable<JsonObject> After(int sequence) =>
        _sent.Where(e => e.Sequence > sequence).Select(e => Frame(e.Sequence, e.Event, e.Data?.DeepClone())).ToList();

    private static JsonObject Frame(int sequence, string eventName, JsonNode? data) =>
        new() { ["op"] = 0, ["s"] = sequence, ["t"] = eventName, ["d"] = data };
}

using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Inbound;

/// <summary>
/// Threads and forum posts under the configured channels (<see cref="DiscordOptions.ChannelIds"/>). A message in a thread
/// names only the thread as its channel, so the thread's parent is learned from the gateway's channel events as they are
/// read (GUILD_CREATE and THREAD_LIST_SYNC list active threads, THREAD_CREATE/UPDATE/DELETE follow changes), before any
/// message in the thread can arrive.
/// </summary>
public sealed class ConfiguredThreads(IOptions<DiscordOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> _threads = new(StringComparer.Ordinal);

    public bool IsEmpty => _threads.IsEmpty;

    public bool Contains(string channelId) => _threads.ContainsKey(channelId);

    /// <summary>True for the events that tell thread parents; <see cref="Observe"/> wants only these.</summary>
    public static bool Tells(string eventName) => eventName is "GUILD_CREATE" or "THREAD_LIST_SYNC" or "THREAD_CREATE" or "THREAD_UPDATE" or "THREAD_DELETE";

    public void Observe(string eventName, ReadOnlySpan<byte> data)
    {
        using var document = JsonDocument.Parse(data.ToArray());
        var root = document.RootElement;
        switch (eventName)
        {
            case "THREAD_CREATE" or "THREAD_UPDATE":
                Add(root);
                break;
            case "THREAD_DELETE" when root.TryGetProperty("id", out var id) && id.GetString() is { } deleted:
                _threads.TryRemove(deleted, out _);
                break;
            case "GUILD_CREATE" or "THREAD_LIST_SYNC" when root.TryGetProperty("threads", out var threads) && threads.ValueKind == JsonValueKind.Array:
                foreach (var thread in threads.EnumerateArray()) Add(thread);
                break;
        }
    }

    private void Add(JsonElement thread)
    {
        if (thread.TryGetProperty("id", out var id) && id.GetString() is { } threadId
            && thread.TryGetProperty("parent_id", out var parent) && parent.ValueKind == JsonValueKind.String
            && options.Value.ChannelIds.Contains(parent.GetString()!))
            _threads[threadId] = 0;
    }
}

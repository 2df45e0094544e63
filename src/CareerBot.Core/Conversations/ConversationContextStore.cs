using System.Collections.Concurrent;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.Conversations;

/// <summary>Short-lived memory of the last answer per conversation and user; bounded in size and age.</summary>
public sealed class ConversationContextStore(IOptions<ConversationOptions> options, TimeProvider time)
{
    private readonly ConversationOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, ConversationTurn> _turns = new(StringComparer.Ordinal);

    /// <summary>One memory per platform, conversation and user: two members in a channel don't share follow-ups.</summary>
    public static string KeyFor(IncomingMessage m) => $"{m.Platform}\u001f{m.ConversationId}\u001f{m.User.Id}";

    public ConversationTurn? Get(string key)
    {
        if (!_turns.TryGetValue(key, out var turn)) return null;
        if (time.GetUtcNow() - turn.At <= _options.ContextLifetime) return turn;
        _turns.TryRemove(key, out _);
        return null;
    }

    public void Set(string key, ConversationTurn turn)
    {
        _turns[key] = turn;
        if (_turns.Count > _options.MaxConversations) Trim();
    }

    private void Trim()
    {
        var cutoff = time.GetUtcNow() - _options.ContextLifetime;
        foreach (var (key, turn) in _turns)
            if (turn.At < cutoff) _turns.TryRemove(key, out _);
        // Still too many live ones: drop the oldest tenth.
        if (_turns.Count > _options.MaxConversations)
            foreach (var (key, _) in _turns.OrderBy(p => p.Value.At).Take(_turns.Count / 10 + 1).ToList())
                _turns.TryRemove(key, out _);
    }
}

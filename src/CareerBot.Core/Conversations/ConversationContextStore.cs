using System.Collections.Concurrent;
using CareerBot.Core.Messages;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.Conversations;

/// <summary>Short-lived dialogue state per conversation and user; bounded in size and age.</summary>
public sealed class ConversationContextStore(IOptions<ConversationOptions> options, TimeProvider time)
{
    private readonly ConversationOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, DialogueState> _states = new(StringComparer.Ordinal);

    /// <summary>One memory per platform, conversation and user: two members in a channel don't share follow-ups.</summary>
    public static string KeyFor(IncomingMessage m) => $"{m.Platform}\u001f{m.ConversationId}\u001f{m.User.Id}";

    public DialogueState? Get(string key)
    {
        if (!_states.TryGetValue(key, out var state)) return null;
        if (time.GetUtcNow() - state.At <= _options.ContextLifetime) return state;
        _states.TryRemove(key, out _);
        return null;
    }

    public void Set(string key, DialogueState state)
    {
        _states[key] = state;
        if (_states.Count > _options.MaxConversations) Trim();
    }

    private void Trim()
    {
        var cutoff = time.GetUtcNow() - _options.ContextLifetime;
        foreach (var (key, state) in _states)
            if (state.At < cutoff) _states.TryRemove(key, out _);
        // Still too many live ones: drop the oldest tenth.
        if (_states.Count > _options.MaxConversations)
            foreach (var (key, _) in _states.OrderBy(p => p.Value.At).Take(_states.Count / 10 + 1).ToList())
                _states.TryRemove(key, out _);
    }
}

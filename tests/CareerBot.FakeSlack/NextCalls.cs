using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace CareerBot.FakeSlack;

/// <summary>"The next N calls of a method" get <typeparamref name="T"/> — how the fake scripts its 429s and its server errors. Counted down atomically.</summary>
public sealed class NextCalls<T>
{
    private readonly ConcurrentDictionary<string, (int Count, T What)> _armed = new(StringComparer.Ordinal);

    public void Arm(string method, int count, T what) => _armed[method] = (count, what);

    /// <summary>True (and what was armed) when this call of <paramref name="method"/> is one of the next N.</summary>
    public bool TryTake(string method, [MaybeNullWhen(false)] out T what)
    {
        while (_armed.TryGetValue(method, out var armed) && armed.Count > 0)
        {
            if (!_armed.TryUpdate(method, armed with { Count = armed.Count - 1 }, armed)) continue;
            what = armed.What;
            return true;
        }
        what = default;
        return false;
    }
}

namespace CareerBot.Tests.Architecture;

/// <summary>The groups of namespaces that use each other in a circle (strongly connected components of two or more).</summary>
public static class NamespaceCycles
{
    public static IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> edges)
    {
        // Tarjan's algorithm: one depth-first pass; a node whose low link is its own index closes a component.
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges.TryGetValue(node, out var targets) ? targets.Keys : [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                    low[node] = Math.Min(low[node], index[next]);
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            } while (member != node);
            if (component.Count > 1) cycles.Add(component.Order(StringComparer.Ordinal).ToList());
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
            if (!index.ContainsKey(node)) Visit(node);
        return cycles;
    }

    /// <summary>One line per use inside each cycle, with an example of the types involved.</summary>
    public static string Describe(IReadOnlyList<IReadOnlyList<string>> cycles, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> edges) =>
        string.Join("\n", cycles.Select(cycle => "cycle: " + string.Join(", ", cycle) + "\n" + string.Join("\n",
            from user in cycle
            from used in cycle
            where edges.TryGetValue(user, out var targets) && targets.ContainsKey(used)
            select $"  {user} → {used} ({edges[user][used]})")));
}

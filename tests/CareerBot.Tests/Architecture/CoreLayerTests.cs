using System.Text.RegularExpressions;
using CareerBot.Composition;

namespace CareerBot.Tests.Architecture;

/// <summary>
/// Core's folders are its layers (docs/architecture.md): each may use the ones below it, never one above. Checked on the
/// compiled code (what runs, including method bodies) and on the source's using lines (which also see constants).
/// </summary>
public class CoreLayerTests
{
    private const string Core = "CareerBot.Core";

    /// <summary>Bottom first, as the table in docs/architecture.md.</summary>
    private static readonly string[] Layers =
    [
        "Configuration", "Hosting", "Fleet", "Recognition", "Messages", "Routing", "Knowledge", "Commands", "Offers", "Conversations",
        "Moderation", "CommunityOffers", "Answers", "OfferCommands", "ModeratorCommands", "RateLimiting", "Pipeline",
    ];

    private static readonly NamespaceDependencies Compiled =
        NamespaceDependencies.Read(typeof(CareerBot.Core.Pipeline.IMessagePipeline).Assembly.Location, Core);

    private static int Rank(string ns) => ns.StartsWith(Core + ".", StringComparison.Ordinal) ? Array.IndexOf(Layers, ns[(Core.Length + 1)..].Split('.')[0]) : -1;

    [Fact]
    public void No_two_namespaces_inside_Core_use_each_other()
    {
        var cycles = NamespaceCycles.Find(Compiled.Edges);
        Assert.True(cycles.Count == 0, NamespaceCycles.Describe(cycles, Compiled.Edges));
    }

    [Fact]
    public void Every_Core_namespace_is_a_layer()
    {
        var unplaced = Compiled.Edges.Keys.Where(ns => ns != Core && Rank(ns) < 0).ToList();
        Assert.True(unplaced.Count == 0, "Add to the layer list (here and in docs/architecture.md): " + string.Join(", ", unplaced));
    }

    [Fact]
    public void No_layer_uses_a_higher_one_in_the_compiled_code()
    {
        var upward = (from user in Compiled.Edges
                      from used in user.Value
                      where Rank(used.Key) > Rank(user.Key)
                      select $"{user.Key} → {used.Key} ({used.Value})").ToList();
        Assert.True(upward.Count == 0, string.Join("\n", upward));
    }

    /// <summary>Constants and <c>nameof</c> leave no trace in IL; in the source they need a using line or a qualified name.</summary>
    [Fact]
    public void No_layer_names_a_higher_one_in_the_source()
    {
        var root = RepositoryPath.Resolve("src/CareerBot.Core");
        var upward = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            // Comments (crefs included) do not compile into anything, so they may point anywhere.
            var code = Regex.Replace(File.ReadAllText(file), @"^\s*//.*$", "", RegexOptions.Multiline);
            if (Regex.Match(code, @"^namespace\s+(CareerBot\.Core\.[\w.]+)", RegexOptions.Multiline) is not { Success: true } own) continue;
            var used = Regex.Matches(code, @"^using\s+(CareerBot\.Core\.[\w.]+)\s*;", RegexOptions.Multiline).Select(m => (Namespace: m.Groups[1].Value, Text: "using " + m.Groups[1].Value))
                .Concat(Regex.Matches(code, @"(?<![\w.])(?:CareerBot\.)?(?:Core\.)?([A-Z]\w*)\.[A-Z]\w*").Where(m => Layers.Contains(m.Groups[1].Value)).Select(m => (Namespace: $"{Core}.{m.Groups[1].Value}", Text: m.Value)));
            upward.AddRange(used.Where(u => Rank(u.Namespace) > Rank(own.Groups[1].Value)).Select(u => $"{Path.GetRelativePath(root, file)}: {u.Text}").Distinct());
        }
        Assert.True(upward.Count == 0, string.Join("\n", upward));
    }
}

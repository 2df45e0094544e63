namespace CareerBot.Tests.Architecture;

/// <summary>The cycle check itself: it sees uses inside method bodies, and tells a chain from a ring.</summary>
public class NamespaceCycleDetectionTests
{
    private static string AssemblyOf(Type type) => type.Assembly.Location;

    [Fact]
    public void A_cycle_through_a_method_body_is_found()
    {
        var dependencies = NamespaceDependencies.Read(AssemblyOf(typeof(SyntheticCycle.Upper.Caller)), "CareerBot.Tests.Architecture.SyntheticCycle");
        var cycles = NamespaceCycles.Find(dependencies.Edges);
        var cycle = Assert.Single(cycles);
        Assert.Equal(["CareerBot.Tests.Architecture.SyntheticCycle.Lower", "CareerBot.Tests.Architecture.SyntheticCycle.Upper"], cycle);
        Assert.Equal("Callee → Caller", dependencies.Edges["CareerBot.Tests.Architecture.SyntheticCycle.Lower"]["CareerBot.Tests.Architecture.SyntheticCycle.Upper"]);
        Assert.Contains("Lower → Upper (Callee → Caller)", NamespaceCycles.Describe(cycles, dependencies.Edges).Replace("CareerBot.Tests.Architecture.SyntheticCycle.", ""));
    }

    [Fact]
    public void A_chain_is_no_cycle_and_a_ring_of_three_is_one()
    {
        Dictionary<string, IReadOnlyDictionary<string, string>> chain = new()
        {
            ["A"] = new Dictionary<string, string> { ["B"] = "a → b" },
            ["B"] = new Dictionary<string, string> { ["C"] = "b → c" },
        };
        Assert.Empty(NamespaceCycles.Find(chain));

        chain["C"] = new Dictionary<string, string> { ["A"] = "c → a" };
        var cycle = Assert.Single(NamespaceCycles.Find(chain));
        Assert.Equal(["A", "B", "C"], cycle);
    }
}

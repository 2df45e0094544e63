using CareerBot.Tests.Architecture.SyntheticCycle.Lower;

namespace CareerBot.Tests.Architecture.SyntheticCycle.Upper;

/// <summary>Half of a deliberate namespace cycle for <see cref="NamespaceCycleDetectionTests"/>: uses the lower namespace openly.</summary>
public sealed class Caller
{
    public Callee Callee { get; } = new();

    public string Name => nameof(Caller);
}

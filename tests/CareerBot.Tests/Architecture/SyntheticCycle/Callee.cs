namespace CareerBot.Tests.Architecture.SyntheticCycle.Lower;

/// <summary>The other half: uses the upper namespace only inside a lambda in a method body, which no signature shows.</summary>
public sealed class Callee
{
    public Func<int> LengthOfCallerName() => () => new Upper.Caller().Name.Length;
}

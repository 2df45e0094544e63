namespace CareerBot.Core.Recognition;

/// <summary>A stretch of a message: [<see cref="Start"/>, <see cref="End"/>).</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public bool Overlaps(int start, int end) => start < End && Start < end;
}

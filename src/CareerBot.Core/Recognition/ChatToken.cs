namespace CareerBot.Core.Recognition;

internal enum ChatTokenKind : byte
{
    /// <summary>ASCII digits, optionally with thousands commas and one decimal part: 180, 180,000, 150,000.50, 1.2.</summary>
    Number,
    /// <summary>Letters (apostrophes between letters included): base, k, L, i'm.</summary>
    Word,
    /// <summary>Any other single non-space character: $ % / - ~ ( ) …</summary>
    Symbol,
    /// <summary>Digits that cannot be an amount: dotted chains such as 1.2.3 or runs too long to be a sum.</summary>
    Opaque,
}

/// <summary>One token of a chat message; <see cref="SpaceBefore"/> tells whether whitespace separates it from the previous token.</summary>
internal readonly struct ChatToken(ChatTokenKind kind, int start, int end, bool spaceBefore, decimal number, bool grouped, bool fractional, LexiconWord? word)
{
    public ChatTokenKind Kind { get; } = kind;
    public int Start { get; } = start;
    public int End { get; } = end;
    public bool SpaceBefore { get; } = spaceBefore;
    /// <summary>The value of a <see cref="ChatTokenKind.Number"/>.</summary>
    public decimal Number { get; } = number;
    /// <summary>Written with thousands commas (180,000).</summary>
    public bool Grouped { get; } = grouped;
    /// <summary>Written with a decimal part (1.2).</summary>
    public bool Fractional { get; } = fractional;
    /// <summary>What the lexicon knows about a <see cref="ChatTokenKind.Word"/>; null for unknown words.</summary>
    public LexiconWord? Word { get; } = word;
    public int Length => End - Start;
}

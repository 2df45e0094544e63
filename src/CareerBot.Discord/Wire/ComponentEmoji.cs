namespace CareerBot.Discord.Wire;

/// <summary>A button's emoji: a Unicode emoji by <see cref="Name"/> (custom emojis would also need an id).</summary>
public sealed record ComponentEmoji(string Name);

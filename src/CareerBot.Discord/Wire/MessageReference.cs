namespace CareerBot.Discord.Wire;

/// <summary>Makes a message a reply; <see cref="FailIfNotExists"/> false so a deleted question still gets its answer.</summary>
public sealed record MessageReference(string MessageId, string? ChannelId = null, string? GuildId = null, bool FailIfNotExists = false);

namespace CareerBot.Discord.Api;

/// <summary>A file sent as a multipart part <c>files[n]</c>, e.g. the offer chart.</summary>
public sealed record DiscordFile(string Name, byte[] Content, string ContentType = "image/png");

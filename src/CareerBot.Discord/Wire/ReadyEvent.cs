namespace CareerBot.Discord.Wire;

public sealed record ReadyEvent(string SessionId, string ResumeGatewayUrl, DiscordUser User, ReadyApplication Application);

public sealed record ReadyApplication(string Id);

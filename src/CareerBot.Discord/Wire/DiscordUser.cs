namespace CareerBot.Discord.Wire;

public sealed record DiscordUser(string Id, string Username, string? GlobalName = null, bool? Bot = null)
{
    public string DisplayName => string.IsNullOrEmpty(GlobalName) ? Username : GlobalName;
}

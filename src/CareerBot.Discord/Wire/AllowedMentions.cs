namespace CareerBot.Discord.Wire;

public sealed record AllowedMentions(string[] Parse, bool RepliedUser)
{
    /// <summary>User text can never make the bot ping anyone: no @everyone/@here, roles, users, nor the asker.</summary>
    public static readonly AllowedMentions None = new([], false);
}

using CareerBot.Core.Messages;
using CareerBot.Discord.Connection;
using CareerBot.Discord.Moderation;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Inbound;

/// <summary>
/// Discord wire objects → <see cref="IncomingMessage"/>. The bot answers when mentioned, in DMs, and in configured channels
/// and the threads and forum posts under them; never bots, webhooks or itself. The conversation is the channel (a thread
/// is its own channel).
/// </summary>
public sealed class DiscordMessageMapper(IOptions<DiscordOptions> options, DiscordIdentity identity, DiscordModeratorCheck moderators, ConfiguredThreads threads)
{
    public const string Platform = "discord";

    public IncomingMessage? ToIncoming(DiscordMessage message)
    {
        if (message.Author.Bot == true || message.WebhookId is not null || message.Author.Id == identity.BotUserId) return null;
        var isDirect = message.GuildId is null;
        var mentioned = MentionsBot(message);
        if (!isDirect && !mentioned && !options.Value.ChannelIds.Contains(message.ChannelId) && !threads.Contains(message.ChannelId)) return null;
        // Unaddressed empty messages (content withheld, or only an attachment) get no "I didn't get a question" reply.
        if (!isDirect && !mentioned && string.IsNullOrWhiteSpace(message.Content)) return null;
        var text = mentioned ? StripMention(message.Content, identity.BotUserId!) : message.Content.Trim();
        var user = new ChatUser(Platform, message.Author.Id, message.Member?.Nick ?? message.Author.DisplayName, moderators.IsModerator(message.Author.Id, message.GuildId, message.Member));
        return new IncomingMessage(Platform, message.ChannelId, user, text);
    }

    public IncomingMessage ToIncoming(DiscordInteraction interaction, string commandText)
    {
        var user = ToUser(interaction);
        return new IncomingMessage(Platform, interaction.ChannelId ?? user.Id, user, commandText);
    }

    /// <summary>Who ran a command, clicked a button or submitted a modal; a moderator by <see cref="DiscordModeratorCheck"/>.</summary>
    public ChatUser ToUser(DiscordInteraction interaction)
    {
        var invoker = interaction.Invoker ?? new DiscordUser("0", "unknown");
        return new ChatUser(Platform, invoker.Id, interaction.Member?.Nick ?? invoker.DisplayName, moderators.IsModerator(invoker.Id, interaction.GuildId, interaction.Member));
    }

    /// <summary>
    /// True when a guild message that does not mention the bot came without content: Discord withholds it unless the
    /// privileged Message Content intent is enabled for the application.
    /// </summary>
    public bool ContentWithheld(DiscordMessage message) =>
        message.GuildId is not null && message.Content.Length == 0 && message.Author.Bot != true && !MentionsBot(message);

    public bool MentionsBot(DiscordMessage message)
    {
        var botId = identity.BotUserId;
        if (botId is null) return false;
        return message.Mentions?.Any(u => u.Id == botId) == true
            || message.Content.Contains($"<@{botId}>", StringComparison.Ordinal)
            || message.Content.Contains($"<@!{botId}>", StringComparison.Ordinal);
    }

    public static string StripMention(string content, string botId) =>
        content.Replace($"<@{botId}>", "", StringComparison.Ordinal).Replace($"<@!{botId}>", "", StringComparison.Ordinal).Trim();
}

using CareerBot.Discord;
using CareerBot.Discord.Connection;
using CareerBot.Discord.Inbound;
using CareerBot.Discord.Moderation;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Discord;

public class DiscordMessageMapperTests
{
    private const string BotId = "1000000000000000009";
    private static readonly DiscordUser Ana = new("1100000000000000004", "ana", "Ana");

    private static DiscordMessageMapper Mapper(string[]? channels = null, string[]? moderatorRoles = null)
    {
        var identity = new DiscordIdentity();
        identity.Observe(new ReadyEvent("s", "wss://resume", new DiscordUser(BotId, "careerbot", Bot: true), new ReadyApplication(BotId)));
        var options = Options.Create(new DiscordOptions { Token = "t", ChannelIds = channels ?? [], ModeratorRoleIds = moderatorRoles ?? [] });
        return new DiscordMessageMapper(options, identity, new DiscordModeratorCheck(options), new ConfiguredThreads(options));
    }

    private static DiscordMessage Message(string content, string? guild = "1200000000000000003", DiscordUser? author = null, DiscordUser[]? mentions = null, string[]? roles = null) =>
        new("1400000000000000001", "1300000000000000002", author ?? Ana, content, guild, guild is null ? null : new DiscordMember(Roles: roles ?? []), mentions);

    [Theory]
    [InlineData("<@1000000000000000009> do I need a PhD?")]
    [InlineData("<@!1000000000000000009> do I need a PhD?")]
    [InlineData("do I need a PhD? <@1000000000000000009>")]
    public void A_mention_is_answered_with_the_mention_removed(string content)
    {
        var incoming = Mapper().ToIncoming(Message(content, mentions: [new DiscordUser(BotId, "careerbot", Bot: true)]));
        Assert.NotNull(incoming);
        Assert.Equal("do I need a PhD?", incoming.Text);
        Assert.Equal("discord", incoming.Platform);
        Assert.Equal("1300000000000000002", incoming.ConversationId);
        Assert.Equal(new("discord", Ana.Id, "Ana"), incoming.User);
    }

    [Fact]
    public void Guild_messages_without_a_mention_are_ignored_outside_configured_channels()
    {
        Assert.Null(Mapper().ToIncoming(Message("do I need a PhD?")));
        Assert.NotNull(Mapper(channels: ["1300000000000000002"]).ToIncoming(Message("do I need a PhD?")));
        Assert.Null(Mapper(channels: ["1300000000000000002"]).ToIncoming(Message("")));
    }

    [Fact]
    public void Direct_messages_are_answered_without_a_mention()
    {
        var incoming = Mapper().ToIncoming(Message("do I need a PhD?", guild: null));
        Assert.Equal("do I need a PhD?", incoming?.Text);
    }

    [Fact]
    public void Bots_webhooks_and_the_bot_itself_are_never_answered()
    {
        var mapper = Mapper();
        Assert.Null(mapper.ToIncoming(Message("hi", guild: null, author: new DiscordUser("1", "other-bot", Bot: true))));
        Assert.Null(mapper.ToIncoming(Message("hi", guild: null, author: new DiscordUser(BotId, "careerbot"))));
        Assert.Null(mapper.ToIncoming(Message("hi", guild: null) with { WebhookId = "77" }));
    }

    [Fact]
    public void A_message_from_a_member_with_a_moderator_role_is_from_a_moderator()
    {
        var mapper = Mapper(moderatorRoles: ["1250000000000000006"]);
        Assert.True(mapper.ToIncoming(Message("hi", guild: null) with { GuildId = "1", Member = new DiscordMember(Roles: ["1250000000000000006"]), Content = $"<@{BotId}> hi" })!.User.IsModerator);
        Assert.False(mapper.ToIncoming(Message("hi", guild: null) with { GuildId = "1", Member = new DiscordMember(Roles: ["1250000000000000005"]), Content = $"<@{BotId}> hi" })!.User.IsModerator);
    }

    [Fact]
    public void Empty_content_of_an_unmentioned_guild_message_is_recognised_as_withheld_by_the_missing_intent()
    {
        var mapper = Mapper();
        Assert.True(mapper.ContentWithheld(Message("")));
        Assert.False(mapper.ContentWithheld(Message("", guild: null)));
        Assert.False(mapper.ContentWithheld(Message("text")));
    }
}

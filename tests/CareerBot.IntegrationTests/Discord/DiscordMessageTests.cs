using CareerBot.Core.Knowledge;
using CareerBot.Discord.Api;
using CareerBot.FakeDiscord;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.IntegrationTests.Discord;

[Collection(DiscordCollection.Name)]
public class DiscordMessageTests
{
    private static string AnswerStart(DiscordBotHarness bot, string intent) =>
        bot.Host.Services.GetRequiredService<KnowledgeBase>().Current.Find(intent)!.Answer.Split('\n')[0][..40];

    [Fact]
    public async Task A_mention_gets_the_phd_answer_as_a_reply_that_pings_no_one()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var question = await bot.Fake.SendMessageAsync("do I need a PhD?", mentionBot: true);

        var post = (await bot.Fake.WaitForRequestsAsync(r => r.Method == "POST" && r.Json?["message_reference"]?["message_id"]?.GetValue<string>() == question)).Single();
        Assert.Contains(AnswerStart(bot, "phd-value"), post.Json!["content"]!.GetValue<string>());
        Assert.Equal("Bot " + bot.Fake.Options.Token, post.Header("Authorization"));
        Assert.Equal(DiscordRestClient.UserAgent, post.Header("User-Agent"));
        Assert.Empty(post.Json["allowed_mentions"]!["parse"]!.AsArray());
        Assert.False(post.Json["allowed_mentions"]!["replied_user"]!.GetValue<bool>());
        Assert.True(post.Json["enforce_nonce"]!.GetValue<bool>());
        Assert.NotNull(post.Json["nonce"]);
    }

    [Fact]
    public async Task A_direct_message_gets_an_answer_without_a_mention()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var question = await bot.Fake.SendMessageAsync("how much does a senior ML engineer make?", guildId: null, channelId: "1310000000000000001");

        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(question).Count > 0, what: "a reply to the DM");
        Assert.Equal("1310000000000000001", bot.RepliesTo(question)[0]["channel_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unmentioned_guild_messages_and_the_bots_own_echoed_replies_are_not_answered()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var ignored = await bot.Fake.SendMessageAsync("do I need a PhD?");
        var asked = await bot.Fake.SendMessageAsync("do I need a PhD?", mentionBot: true);

        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(asked).Count > 0, what: "a reply to the mention");
        // The fake echoes the bot's reply as MESSAGE_CREATE (author.bot); give the bot time to (wrongly) answer it or the first message.
        await Task.Delay(500);
        Assert.Empty(bot.RepliesTo(ignored));
        Assert.Single(bot.Fake.Messages);
    }

    [Fact]
    public async Task Every_message_in_a_configured_channel_is_answered()
    {
        await using var bot = await DiscordBotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:ChannelIds:0"] = "1300000000000000077" });
        var question = await bot.Fake.SendMessageAsync("do I need a PhD?", channelId: "1300000000000000077");

        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(question).Count > 0, what: "a reply in the configured channel");
        Assert.Contains(AnswerStart(bot, "phd-value"), bot.RepliesTo(question)[0]["content"]!.GetValue<string>());
    }
}

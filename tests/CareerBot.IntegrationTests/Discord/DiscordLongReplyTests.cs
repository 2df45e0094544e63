using CareerBot.Core.Messages;
using CareerBot.FakeDiscord;

namespace CareerBot.IntegrationTests.Discord;

[Collection(DiscordCollection.Name)]
public class DiscordLongReplyTests
{
    [Fact]
    public async Task A_long_answer_is_split_into_messages_discord_accepts_the_first_replying_to_the_question()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 60).Select(i => $"Paragraph {i}: " + new string('x', 80)));
        await using var bot = await DiscordBotHarness.StartAsync(configure: services => services.ReplaceReply(new Reply(ReplyKind.Answer, "test", 1, text)));
        var question = await bot.Fake.SendMessageAsync("tell me everything", mentionBot: true);

        await FakeDiscordServer.WaitUntilAsync(() => bot.Fake.Messages.Count >= 3, what: "the split answer");
        var posts = await bot.Fake.WaitForRequestsAsync(r => r.Method == "POST" && r.Path.EndsWith("/messages"), count: bot.Fake.Messages.Count);
        Assert.All(posts, p => Assert.Equal(200, p.Status));
        Assert.Equal(question, posts[0].Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Equal(text.Replace("\n\n", "\n"), string.Join("\n", bot.Fake.Messages.Select(m => m["content"]!.GetValue<string>())).Replace("\n\n", "\n"));
    }
}

using System.Globalization;
using System.Net.Http.Json;
using CareerBot.FakeDiscord;

namespace CareerBot.IntegrationTests.Discord;

[Collection(DiscordCollection.Name)]
public class DiscordRateLimitTests
{
    [Fact]
    public async Task A_429_is_waited_out_and_retried_so_no_reply_is_lost_or_doubled()
    {
        var fake = await DiscordBotHarness.StartFakeAsync(new FakeDiscordOptions { HeartbeatIntervalMs = 1000, MessageBucketLimit = 2, MessageBucketWindow = TimeSpan.FromSeconds(4) });
        await using (fake)
        {
            await using var bot = await DiscordBotHarness.StartAsync(fake);
            // Warm up (the first answer loads the knowledge base) in another channel, so the bucket below is still empty when the bot posts.
            var warmUp = await fake.SendMessageAsync("hello", channelId: "1300000000000000055", mentionBot: true);
            await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(warmUp).Count > 0, what: "the warm-up answer");
            // Someone else (this test) empties the channel's bucket first, so the bot's first POST meets a 429.
            using var http = new HttpClient();
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot " + fake.Options.Token);
            for (var i = 0; i < 2; i++)
                (await http.PostAsJsonAsync($"{fake.RestUrl}/channels/{FakeDiscordServer.DefaultChannelId}/messages", new { content = "filler" })).EnsureSuccessStatusCode();

            var questions = new List<string>();
            for (var i = 0; i < 3; i++)
                questions.Add(await fake.SendMessageAsync("do I need a PhD?", mentionBot: true, authorId: $"11000000000000002{i}"));

            await FakeDiscordServer.WaitUntilAsync(() => questions.All(q => bot.RepliesTo(q).Count > 0), TimeSpan.FromSeconds(60), "every question answered");
            Assert.All(questions, q => Assert.Single(bot.RepliesTo(q)));

            await fake.WaitForRequestsAsync(r => r.Method == "POST" && r.Json?["nonce"] is not null && r.Status == 200, count: questions.Count);
            var botPosts = fake.Requests.Where(r => r.Method == "POST" && r.Json?["nonce"] is not null).ToList();
            var limited = botPosts.Where(r => r.Status == 429).ToList();
            Assert.NotEmpty(limited);
            // Each 429 was waited out: the same nonce was not sent again before retry_after had passed.
            foreach (var refusal in limited)
            {
                var nonce = refusal.Json!["nonce"]!.GetValue<string>();
                var retry = botPosts.First(r => r.At > refusal.At && r.Json!["nonce"]!.GetValue<string>() == nonce);
                Assert.True((retry.At - refusal.At).TotalSeconds >= refusal.RetryAfter!.Value - 0.05,
                    $"retried after {(retry.At - refusal.At).TotalMilliseconds} ms, retry_after was {refusal.RetryAfter} s");
            }
            // Far fewer refusals than posts: the bot does not keep sending into a bucket it knows is empty.
            Assert.True(limited.Count <= 2, $"{limited.Count} refusals for {botPosts.Count} posts");
        }
    }
}

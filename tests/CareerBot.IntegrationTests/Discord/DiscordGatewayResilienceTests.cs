using CareerBot.Discord;
using CareerBot.Discord.Connection;
using CareerBot.Discord.Inbound;
using CareerBot.FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerBot.IntegrationTests.Discord;

[Collection(DiscordCollection.Name)]
public class DiscordGatewayResilienceTests
{
    [Fact]
    public async Task After_a_drop_the_bot_resumes_on_the_resume_url_and_answers_events_sent_meanwhile_exactly_once()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        bot.Fake.Gateway.DropConnections();
        var questions = new List<string>();
        for (var i = 0; i < 3; i++)
            questions.Add(await bot.Fake.SendMessageAsync("do I need a PhD?", mentionBot: true, authorId: $"11000000000000001{i}"));

        await FakeDiscordServer.WaitUntilAsync(() => questions.All(q => bot.RepliesTo(q).Count > 0), what: "answers to the messages sent during the drop");
        await Task.Delay(500);
        Assert.All(questions, q => Assert.Single(bot.RepliesTo(q)));
        Assert.Equal(1, bot.Fake.Gateway.IdentifyCount);
        Assert.True(bot.Fake.Gateway.ResumeCount >= 1);
        Assert.True(bot.Fake.Gateway.ConnectionsByPath.GetValueOrDefault("/resume") >= 1);
    }

    [Fact]
    public async Task A_reconnect_request_is_followed_by_a_resume_not_a_new_identify()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.Fake.Gateway.ForceReconnectAsync();

        await FakeDiscordServer.WaitUntilAsync(() => bot.Fake.Gateway.ResumeCount == 1 && bot.Fake.Gateway.LiveConnections == 1, what: "a resume");
        Assert.Equal(1, bot.Fake.Gateway.IdentifyCount);
        Assert.Contains(4000, bot.Fake.Gateway.ClientCloseCodes);
        var question = await bot.Fake.SendMessageAsync("do I need a PhD?", mentionBot: true);
        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(question).Count > 0, what: "an answer after the resume");
    }

    [Fact]
    public async Task A_non_resumable_invalid_session_leads_to_a_fresh_identify()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.Fake.Gateway.InvalidateSessionsAsync(resumable: false);

        await FakeDiscordServer.WaitUntilAsync(() => bot.Fake.Gateway.IdentifyCount == 2 && bot.Fake.Gateway.LiveConnections == 1, what: "a second IDENTIFY");
        Assert.Equal(0, bot.Fake.Gateway.ResumeCount);
        var question = await bot.Fake.SendMessageAsync("do I need a PhD?", mentionBot: true);
        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(question).Count > 0, what: "an answer in the new session");
    }

    [Fact]
    public async Task A_zombie_connection_without_heartbeat_acks_is_closed_resumably_and_resumed()
    {
        var fake = await DiscordBotHarness.StartFakeAsync(new FakeDiscordOptions { HeartbeatIntervalMs = 200 });
        await using (fake)
        {
            await using var bot = await DiscordBotHarness.StartAsync(fake);
            fake.Gateway.WithholdHeartbeatAcks = true;
            await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.ClientCloseCodes.Contains(4000), what: "the client to close the zombie connection");
            fake.Gateway.WithholdHeartbeatAcks = false;

            await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.ResumeCount >= 1 && fake.Gateway.LiveConnections == 1, what: "a resume");
            Assert.Equal(1, fake.Gateway.IdentifyCount);
        }
    }

    [Fact]
    public async Task Heartbeats_carry_the_last_sequence_number()
    {
        var fake = await DiscordBotHarness.StartFakeAsync(new FakeDiscordOptions { HeartbeatIntervalMs = 200 });
        await using (fake)
        {
            await using var bot = await DiscordBotHarness.StartAsync(fake);
            await fake.SendMessageAsync("hello there");
            var last = fake.Gateway.Sessions.Single().LastSequence;
            await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Heartbeats.Any(h => h?.GetValue<int>() == last), what: $"a heartbeat with d = {last}");
        }
    }

    [Fact]
    public async Task A_bad_token_refused_by_the_gateway_stops_the_host_with_a_clear_error()
    {
        var fake = await DiscordBotHarness.StartFakeAsync();
        await using (fake)
        {
            fake.Gateway.RejectIdentify = true;
            await using var bot = await DiscordBotHarness.StartAsync(fake, waitUntilReady: false);
            var lifetime = bot.Host.Services.GetRequiredService<IHostApplicationLifetime>();

            await FakeDiscordServer.WaitUntilAsync(() => lifetime.ApplicationStopping.IsCancellationRequested, what: "the host to stop");
            var error = bot.Host.Services.GetRequiredService<DiscordConnectionStatus>().FatalError;
            Assert.Contains("4004", error);
            Assert.Contains("Discord:Token", error);
            Assert.Equal(1, fake.Gateway.ConnectionsByPath.Values.Sum());
        }
    }

    [Fact]
    public async Task A_token_refused_by_rest_stops_the_host_before_connecting()
    {
        var fake = await DiscordBotHarness.StartFakeAsync();
        await using (fake)
        {
            await using var bot = await DiscordBotHarness.StartAsync(fake, new Dictionary<string, string?> { ["Discord:Token"] = "not-the-token" }, waitUntilReady: false);
            var lifetime = bot.Host.Services.GetRequiredService<IHostApplicationLifetime>();

            await FakeDiscordServer.WaitUntilAsync(() => lifetime.ApplicationStopping.IsCancellationRequested, what: "the host to stop");
            Assert.Contains("401", bot.Host.Services.GetRequiredService<DiscordConnectionStatus>().FatalError);
            Assert.Empty(fake.Gateway.ConnectionsByPath);
        }
    }

    [Fact]
    public async Task Two_shard_processes_split_the_guilds_by_the_snowflake_rule()
    {
        var guild0 = Snowflake.ForShard(0, 2);
        var guild1 = Snowflake.ForShard(1, 2);
        var fake = await DiscordBotHarness.StartFakeAsync(new FakeDiscordOptions { HeartbeatIntervalMs = 1000, GuildIds = [guild0, guild1] });
        await using (fake)
        {
            var seen = new[] { new List<string>(), new List<string>() };
            var shards = new List<DiscordBotHarness>();
            try
            {
                for (var shard = 0; shard < 2; shard++)
                {
                    var record = seen[shard];
                    shards.Add(await DiscordBotHarness.StartAsync(fake, new Dictionary<string, string?> { ["Discord:ShardId"] = shard.ToString(), ["Discord:ShardCount"] = "2" },
                        s => s.AddKeyedScoped<IDiscordEventHandler>("MESSAGE_CREATE", (_, _) => new GuildRecorder(record)), waitUntilReady: false));
                }
                await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.LiveConnections == 2, what: "both shards to connect");

                var q0 = await fake.SendMessageAsync("do I need a PhD?", guildId: guild0, channelId: "1300000000000000100", mentionBot: true);
                var q1 = await fake.SendMessageAsync("do I need a PhD?", guildId: guild1, channelId: "1300000000000000101", mentionBot: true);
                await FakeDiscordServer.WaitUntilAsync(() => fake.Messages.Count(m => m["message_reference"] is not null) == 2, what: "both answers");
                // The recorder runs after the answering handler for the same event.
                await FakeDiscordServer.WaitUntilAsync(() => { lock (seen[0]) lock (seen[1]) return seen[0].Count > 0 && seen[1].Count > 0; }, what: "both shards' recorders");

                await Task.Delay(300);
                lock (seen[0]) Assert.Equal([guild0], seen[0].Distinct());
                lock (seen[1]) Assert.Equal([guild1], seen[1].Distinct());
                Assert.Single(fake.Messages, m => m["message_reference"]?["message_id"]?.GetValue<string>() == q0);
                Assert.Single(fake.Messages, m => m["message_reference"]?["message_id"]?.GetValue<string>() == q1);
                Assert.Equal([0, 1], fake.Gateway.Sessions.Select(s => s.ShardId).Order());
            }
            finally
            {
                foreach (var shard in shards) await shard.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Without_shard_settings_one_process_runs_the_recommended_number_of_shards()
    {
        var fake = await DiscordBotHarness.StartFakeAsync(new FakeDiscordOptions { HeartbeatIntervalMs = 1000, RecommendedShards = 2, GuildIds = [Snowflake.ForShard(0, 2), Snowflake.ForShard(1, 2)] });
        await using (fake)
        {
            await using var bot = await DiscordBotHarness.StartAsync(fake, waitUntilReady: false);
            await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.LiveConnections == 2, what: "two shard connections");
            Assert.Equal([(0, 2), (1, 2)], fake.Gateway.Sessions.Select(s => (s.ShardId, s.ShardCount)).Order());
        }
    }

    /// <summary>Records the guild of every member message a shard's host received.</summary>
    private sealed class GuildRecorder(List<string> guilds) : IDiscordEventHandler
    {
        public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
        {
            if (dispatch.Data.TryGetProperty("guild_id", out var guild) && !(dispatch.Data.GetProperty("author").TryGetProperty("bot", out var bot) && bot.GetBoolean()))
                lock (guilds) guilds.Add(guild.GetString()!);
            return Task.CompletedTask;
        }
    }
}

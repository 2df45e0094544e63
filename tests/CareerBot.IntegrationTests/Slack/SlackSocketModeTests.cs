using System.Text.Json.Nodes;
using CareerBot.FakeSlack;

namespace CareerBot.IntegrationTests.Slack;

public sealed class SlackSocketModeTests
{
    private static JsonObject Mention(string channel, string ts, string text, string? threadTs = null, string user = "UMEMBER01") => new()
    {
        ["type"] = "app_mention", ["user"] = user, ["channel"] = channel, ["ts"] = ts, ["event_ts"] = ts,
        ["text"] = "<@UCAREERBOT> " + text, ["thread_ts"] = threadTs,
    };

    private static string AllText(FakePost post) => post.Text + " " + post.Blocks?.ToJsonString();

    [Fact]
    public async Task Mention_is_answered_in_the_thread_of_the_question_with_blocks()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake);

        fake.SendEvent(Mention("C0GENERAL", "1700000000.000100", "do I need a PhD to be an ML engineer?"));

        var post = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "C0GENERAL"), "the answer");
        Assert.Equal("chat.postMessage", post.Method);
        Assert.Equal("1700000000.000100", post.ThreadTs);
        Assert.Contains("PhD", AllText(post), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("section", post.Blocks![0]!["type"]!.GetValue<string>());
        Assert.All(fake.CallsTo("chat.postMessage"), c => Assert.Equal(fake.Options.BotToken, c.Token));
    }

    [Fact]
    public async Task Mention_inside_a_thread_is_answered_in_that_thread()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake);

        fake.SendEvent(Mention("C0THREADS", "1700000000.000300", "how much does a senior ML engineer earn?", threadTs: "1700000000.000050"));

        var post = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "C0THREADS"), "the answer");
        Assert.Equal("1700000000.000050", post.ThreadTs);
    }

    [Fact]
    public async Task Direct_message_is_answered_once_in_the_conversation_not_a_thread_and_the_bots_own_echo_is_ignored()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake);

        fake.SendEvent(new JsonObject
        {
            ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D0MEMBER", ["user"] = "UMEMBER02",
            ["text"] = "do I need a PhD to be an ML engineer?", ["ts"] = "1700000001.000100",
        });
        fake.SendEvent(new JsonObject
        {
            ["type"] = "message", ["subtype"] = "message_changed", ["channel_type"] = "im", ["channel"] = "D0MEMBER",
            ["hidden"] = true, ["ts"] = "1700000001.000200",
        });

        var post = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "D0MEMBER"), "the DM answer");
        Assert.Contains("PhD", AllText(post), StringComparison.OrdinalIgnoreCase);
        Assert.Null(post.ThreadTs);
        // The fake echoes the bot's DM post back as a message event with bot_id and no subtype; wait until it was acked.
        await Eventually.WaitUntilAsync(() => fake.Acks.Count >= 3, "the echo to be delivered and acked");
        await Task.Delay(500);
        Assert.Single(fake.Posts, p => p.Channel == "D0MEMBER");
    }

    [Fact]
    public async Task Slash_commands_reply_through_response_url_and_offer_uploads_its_chart()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake);

        var ask = fake.SendSlashCommand("/careerbot", "do I need a PhD to be an ML engineer?", "UMEMBER03", "C0GENERAL");
        var offer = fake.SendSlashCommand("/offer", "base:180k bonus:15% stock:600k vesting:4y", "UMEMBER03", "C0GENERAL");

        var answer = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == ask), "the /careerbot reply");
        Assert.Equal("in_channel", answer.ResponseType);
        Assert.Contains("PhD", answer.Text + answer.Blocks?.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        // /offer: the member's own numbers, privately, as an aligned table; shared, the same reply goes to the channel with its chart.
        var offerReply = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == offer), "the /offer reply");
        Assert.Equal("ephemeral", offerReply.ResponseType);
        Assert.Contains("180,000", offerReply.Text + offerReply.Blocks?.ToJsonString());
        Assert.DoesNotContain("| Year |", offerReply.Text + offerReply.Blocks?.ToJsonString());
        await Task.Delay(300);
        Assert.Empty(fake.Uploads);
        var actions = offerReply.Blocks!.OfType<JsonObject>().Single(b => b["block_id"]?.GetValue<string>() == "careerbot_answer");
        var share = actions["elements"]!.AsArray().OfType<JsonObject>().Single(e => e["action_id"]!.GetValue<string>() == "share");
        var (click, shareUrl) = fake.ButtonClick("C0GENERAL", "1700000400.000100", ephemeral: true, "careerbot_answer", share, "UMEMBER03");
        fake.SendInteractive(click);
        var shared = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == shareUrl), "the shared /offer reply");
        Assert.Equal("in_channel", shared.ResponseType);
        Assert.Equal(offerReply.Text, shared.Text);
        Assert.DoesNotContain("\"share\"", shared.Blocks?.ToJsonString());
        var chart = await Eventually.WaitForAsync(() => fake.Uploads.FirstOrDefault(u => u.Completed && u.Channel == "C0GENERAL"), "the chart upload");
        Assert.EndsWith(".png", chart.FileName);
        Assert.True(chart.ReceivedLength > 1000, $"the chart PNG has {chart.ReceivedLength} bytes");
        // Envelopes were acked at once, without a payload: replies always go through response_url.
        Assert.All(fake.Acks, a => Assert.Null(a.Payload));
    }

    [Fact]
    public async Task Unknown_command_gets_an_ephemeral_input_error()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake);

        var id = fake.SendSlashCommand("/nosuchcommand", "x", "UMEMBER04", "C0GENERAL");

        var reply = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == id), "the error reply");
        Assert.Equal("ephemeral", reply.ResponseType);
        Assert.Contains("/nosuchcommand", reply.Text);
    }

    [Fact]
    public async Task Late_ack_leads_to_redeliveries_and_one_answer()
    {
        // An ack deadline of zero makes every delivery "late": Slack redelivers with retry_attempt 1..3.
        await using var fake = await FakeSlackServer.StartAsync(options: new FakeSlackOptions
        {
            AckTimeout = TimeSpan.Zero, RetryDelays = [TimeSpan.Zero, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)],
        });
        await using var bot = await SlackBotHost.StartAsync(fake);

        var eventId = fake.SendEvent(Mention("C0RETRY", "1700000002.000100", "do I need a PhD to be an ML engineer?"));

        await Eventually.WaitUntilAsync(() => fake.Deliveries.Count(d => d.EventId == eventId) == 4, "three redeliveries");
        await Eventually.WaitUntilAsync(() => fake.Posts.Any(p => p.Channel == "C0RETRY"), "the answer");
        await Eventually.WaitUntilAsync(() => fake.Acks.Count >= 4, "every delivery acked");
        await Task.Delay(500);
        Assert.Equal([0, 1, 2, 3], fake.Deliveries.Where(d => d.EventId == eventId).Select(d => d.RetryAttempt).Order());
        Assert.Single(fake.Posts, p => p.Channel == "C0RETRY");
    }

    [Fact]
    public async Task Refresh_disconnect_opens_a_new_connection_first_and_loses_no_event()
    {
        await using var fake = await FakeSlackServer.StartAsync(options: new FakeSlackOptions { CloseAfterDisconnect = TimeSpan.FromMilliseconds(300) });
        await using var bot = await SlackBotHost.StartAsync(fake);

        await fake.DisconnectAllAsync("refresh_requested");
        const int events = 20;
        for (var i = 0; i < events; i++)
        {
            // One member per event: the pipeline's per-member rate limit must not be what is measured here.
            fake.SendEvent(Mention($"C0REFRESH{i:D2}", $"1700000003.{i:D6}", "should I learn PyTorch or JAX?", user: $"UREFRESH{i:D2}"));
            await Task.Delay(20);
        }

        await Eventually.WaitUntilAsync(() => fake.Posts.Count(p => p.Channel.StartsWith("C0REFRESH", StringComparison.Ordinal)) >= events, "every event answered");
        Assert.True(fake.SocketsOpened >= 2, "a second connection was opened");
        var answers = fake.Posts.Where(p => p.Channel.StartsWith("C0REFRESH", StringComparison.Ordinal)).ToList();
        Assert.Equal(events, answers.Select(p => p.Channel).Distinct().Count());
        Assert.All(answers, p => Assert.Equal("chat.postMessage", p.Method));
        Assert.DoesNotContain(fake.Deliveries, d => d.RetryAttempt > 0);
        await Eventually.WaitUntilAsync(() => fake.OpenSocketCount == 1, "the old connection closed");
    }

    [Fact]
    public async Task Rate_limited_post_waits_for_Retry_After_then_succeeds()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake);
        fake.RateLimitNext("chat.postMessage", count: 1, retryAfterSeconds: 1);

        fake.SendEvent(Mention("C0LIMITED", "1700000004.000100", "do I need a PhD to be an ML engineer?"));

        await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "C0LIMITED"), "the answer after the 429");
        var calls = fake.CallsTo("chat.postMessage");
        Assert.Equal(429, calls[0].Status);
        Assert.Equal(200, calls[1].Status);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Chart_upload_goes_through_the_three_step_external_upload()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake);
        var api = (CareerBot.Slack.Api.SlackApiClient)bot.Host.Services.GetService(typeof(CareerBot.Slack.Api.SlackApiClient))!;
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4, 5 };

        var fileId = await api.UploadFileAsync(new("C0CHARTS", "1700000005.000100", "offer.png", "Offer by year", png), CancellationToken.None);

        var upload = Assert.Single(fake.Uploads, u => u.FileId == fileId);
        Assert.True(upload.Completed);
        Assert.Equal(png.Length, upload.ReceivedLength);
        Assert.Equal("C0CHARTS", upload.Channel);
        Assert.Equal("1700000005.000100", upload.ThreadTs);
    }

    [Fact]
    public async Task A_member_who_floods_gets_one_private_slow_down_notice_then_silence()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake);

        for (var i = 0; i < 9; i++)
            fake.SendEvent(Mention("C0FLOOD", $"1700000006.{i:D6}", "do I need a PhD to be an ML engineer?", user: "UFLOODER"));

        await Eventually.WaitUntilAsync(() => fake.Posts.Any(p => p.Channel == "C0FLOOD" && p.Method == "chat.postEphemeral"), "the slow-down notice");
        await Eventually.WaitUntilAsync(() => fake.Acks.Count >= 9, "every event acked");
        // Answers in one channel are paced to Slack's one post per second (after a burst), so wait for them, then a little more.
        await Eventually.WaitUntilAsync(() => fake.Posts.Count(p => p.Channel == "C0FLOOD" && p.Method == "chat.postMessage") >= 5, "the answers before the limit");
        await Task.Delay(2500);
        var notice = Assert.Single(fake.Posts, p => p.Channel == "C0FLOOD" && p.Method == "chat.postEphemeral");
        Assert.Equal("UFLOODER", notice.User);
        Assert.InRange(fake.Posts.Count(p => p.Channel == "C0FLOOD" && p.Method == "chat.postMessage"), 5, 7);
    }

    [Fact]
    public async Task Offer_pasted_in_a_mention_gets_its_table_then_its_chart_in_the_same_thread()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake);

        fake.SendEvent(Mention("C0OFFERS", "1700000008.000100", "got an offer: 180k base, 15% bonus, 600k stock over 4 years. good?"));

        var chart = await Eventually.WaitForAsync(() => fake.Uploads.FirstOrDefault(u => u.Completed && u.Channel == "C0OFFERS"), "the chart upload");
        Assert.Equal("1700000008.000100", chart.ThreadTs);
        var table = Assert.Single(fake.Posts, p => p.Channel == "C0OFFERS");
        Assert.Equal("1700000008.000100", table.ThreadTs);
        Assert.Contains("180,000", AllText(table));
        // The text went out before the chart was drawn.
        var posted = fake.CallsTo("chat.postMessage").Single(c => c.Fields.GetValueOrDefault("channel") == "C0OFFERS").At;
        Assert.True(posted <= fake.CallsTo("files.getUploadURLExternal").Single().At);
    }

    [Fact]
    public async Task Kb_commands_are_refused_privately_to_members_and_run_for_configured_moderators_and_admins()
    {
        await using var fake = await FakeSlackServer.StartAsync(options: new FakeSlackOptions { AdminUserIds = new HashSet<string> { "UADMIN" } });
        await using var bot = await SlackBotHost.StartAsync(fake, extra: new Dictionary<string, string?> { ["Slack:ModeratorUserIds:0"] = "UMODERATOR" });

        var member = fake.SendSlashCommand("/kb", "show phd-value", "UMEMBER09", "C0MODS");
        var moderator = fake.SendSlashCommand("/kb", "show phd-value", "UMODERATOR", "C0MODS");
        var admin = fake.SendSlashCommand("/kb", "show phd-value", "UADMIN", "C0MODS");

        var refused = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == member), "the member's reply");
        var shown = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == moderator), "the moderator's reply");
        var adminShown = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == admin), "the admin's reply");
        Assert.Equal("ephemeral", refused.ResponseType);
        Assert.Contains("moderators only", refused.Text);
        Assert.Contains("admins and owners of the workspace that installed the bot", refused.Text);
        Assert.Contains("phd-value", shown.Text + shown.Blocks?.ToJsonString());
        Assert.DoesNotContain("moderators only", shown.Text);
        Assert.Contains("phd-value", adminShown.Text + adminShown.Blocks?.ToJsonString());
    }

    [Fact]
    public async Task A_dropped_connection_is_reopened_and_events_sent_meanwhile_are_answered()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake);

        fake.DropAllSockets();
        fake.SendEvent(Mention("C0DROPPED", "1700000009.000100", "do I need a PhD to be an ML engineer?"));

        var post = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "C0DROPPED"), "the answer after the reconnect");
        Assert.Equal("1700000009.000100", post.ThreadTs);
        Assert.True(fake.SocketsOpened >= 2);
        Assert.True(fake.CallsTo("apps.connections.open").Count >= 2, "a fresh URL was fetched for the new connection");
    }

    [Fact]
    public async Task A_busy_channel_is_paced_to_slacks_limit_without_429s_and_without_holding_up_other_channels()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        // One worker: if waiting for the busy channel held it, the quiet channel would be answered last.
        await using var bot = await SlackBotHost.StartAsync(fake, extra: new Dictionary<string, string?> { ["Slack:Workers"] = "1" });

        for (var i = 0; i < 8; i++)
            fake.SendEvent(Mention("C0BUSY", $"1700000012.{i:D6}", "should I learn PyTorch or JAX?", user: $"UBUSY{i:D2}"));
        fake.SendEvent(Mention("C0QUIET", "1700000012.100000", "should I learn PyTorch or JAX?", user: "UQUIET"));

        await Eventually.WaitUntilAsync(() => fake.Posts.Count(p => p.Channel == "C0BUSY") == 8, "every answer in the busy channel");
        var busy = fake.Posts.Where(p => p.Channel == "C0BUSY").ToList();
        var quiet = Assert.Single(fake.Posts, p => p.Channel == "C0QUIET");
        Assert.True(quiet.At < busy[^1].At, "the quiet channel was answered while the busy one waited for its turn");
        Assert.Equal(8, busy.Select(p => p.ThreadTs).Distinct().Count());
        Assert.DoesNotContain(fake.Calls, c => c.Status == 429);
    }
}

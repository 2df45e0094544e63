using CareerBot.Core.Messages;
using CareerBot.FakeSlack;
using CareerBot.Slack.Api;
using CareerBot.Slack.Outbound;
using CareerBot.Slack.Wire;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.IntegrationTests.Slack;

/// <summary>The Web API client from the real host's container against the fake: envelopes, typed errors, splitting, update.</summary>
public sealed class SlackWebApiTests
{
    [Fact]
    public async Task Ok_false_becomes_a_typed_error_with_slacks_code()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake);
        var api = bot.Host.Services.GetRequiredService<SlackApiClient>();

        var e = await Assert.ThrowsAsync<SlackApiException>(() =>
            api.PostMessageAsync("X-not-a-channel", new SlackMessageContent("hi", []), null, CancellationToken.None));

        Assert.Equal("channel_not_found", e.Error);
        Assert.Equal("chat.postMessage", e.Method);
        Assert.False(e.IsAuthFailure);
    }

    [Fact]
    public async Task A_very_long_answer_is_sent_as_several_messages_slack_accepts()
    {
        // The strict limit some workspaces show in practice: msg_too_long above about 4,000 characters.
        await using var fake = await FakeSlackServer.StartAsync(options: new FakeSlackOptions { MaxTextLength = 4000 });
        await using var bot = await SlackBotHost.StartAsync(fake);
        var api = bot.Host.Services.GetRequiredService<SlackApiClient>();
        var markdown = string.Join("\n\n", Enumerable.Range(0, 150).Select(i => $"**Point {i}.** " + new string('x', 400)));

        foreach (var message in SlackReplyRenderer.Render(new Reply(ReplyKind.Answer, "long", 1, markdown)))
            await api.PostMessageAsync("C0LONG", message, "1700000007.000100", CancellationToken.None);

        var posts = fake.Posts.Where(p => p.Channel == "C0LONG").ToList();
        Assert.True(posts.Count >= 2);
        var all = string.Join("\n", posts.Select(p => p.Blocks!.ToJsonString()));
        Assert.All(Enumerable.Range(0, 150), i => Assert.Contains($"*Point {i}.*", all));
    }

    [Fact]
    public async Task Update_replaces_a_posted_message_and_an_unknown_ts_is_message_not_found()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(fake);
        var api = bot.Host.Services.GetRequiredService<SlackApiClient>();

        var ts = await api.PostMessageAsync("C0UPDATE", new SlackMessageContent("first", [new SectionBlock(SlackText.Mrkdwn("first"))]), null, CancellationToken.None);
        await api.UpdateMessageAsync("C0UPDATE", ts, new SlackMessageContent("second", [new SectionBlock(SlackText.Mrkdwn("second"))]), CancellationToken.None);
        var e = await Assert.ThrowsAsync<SlackApiException>(() =>
            api.UpdateMessageAsync("C0UPDATE", "1.000000", new SlackMessageContent("x", []), CancellationToken.None));

        Assert.Contains(fake.Posts, p => p.Method == "chat.update" && p.Ts == ts && p.Text == "second");
        Assert.Equal("message_not_found", e.Error);
    }

    [Fact]
    public async Task Users_info_gives_the_role_and_admins_are_moderators()
    {
        await using var fake = await FakeSlackServer.StartAsync(options: new FakeSlackOptions { AdminUserIds = new HashSet<string> { "UADMIN" } });
        await using var bot = await SlackBotHost.StartAsync(fake);
        var users = bot.Host.Services.GetRequiredService<CareerBot.Slack.Api.SlackUserDirectory>();

        var admin = await users.GetAsync("UADMIN", CancellationToken.None);
        var member = await users.GetAsync("UMEMBER", CancellationToken.None);
        await users.GetAsync("UADMIN", CancellationToken.None);

        Assert.True(admin.IsModerator);
        Assert.False(member.IsModerator);
        Assert.Equal("member-umember", member.DisplayName);
        Assert.Equal(2, fake.CallsTo("users.info").Count); // the second UADMIN lookup came from the cache
    }

    [Fact]
    public async Task An_admin_of_another_organization_in_a_slack_connect_channel_is_not_a_moderator()
    {
        await using var fake = await FakeSlackServer.StartAsync(options: new FakeSlackOptions
        {
            AdminUserIds = new HashSet<string> { "UADMIN", "UGUEST" },
            UserTeams = new Dictionary<string, string> { ["UGUEST"] = "TOTHERORG" },
        });
        await using var bot = await SlackBotHost.StartAsync(fake);
        var users = bot.Host.Services.GetRequiredService<CareerBot.Slack.Api.SlackUserDirectory>();

        Assert.True((await users.GetAsync("UADMIN", CancellationToken.None)).IsModerator);
        Assert.False((await users.GetAsync("UGUEST", CancellationToken.None)).IsModerator);
    }
}

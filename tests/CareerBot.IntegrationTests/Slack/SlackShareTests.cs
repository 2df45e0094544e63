using CareerBot.FakeSlack;
using CareerBot.IntegrationTests.Storage;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Slack;

/// <summary>Issue #23 in Slack: /share as a slash command (private replies), /kb offers for moderators, the community block in /salary.</summary>
public sealed class SlackShareTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Moderator = "UMODERATOR";
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = (await TestDatabase.CreateAsync(TestDatabase.Sqlite, output))!;

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<SlackBotHost> StartBotAsync(FakeSlackServer fake, bool withSecret = true)
    {
        var settings = new Dictionary<string, string?>(_db.Settings)
        {
            ["Slack:ModeratorUserIds:0"] = Moderator,
            // The moderator sends several commands in a row.
            ["RateLimit:UserBurst"] = "50",
        };
        if (withSecret) settings["CommunityOffers:HashSecret"] = "slack-test-secret-0123456789-abcdefghij";
        return SlackBotHost.StartAsync(fake, extra: settings);
    }

    private static Task<FakeResponse> CommandAsync(FakeSlackServer fake, string command, string text, string user)
    {
        var id = fake.SendSlashCommand(command, text, user, "C0OFFERS");
        return Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == id), $"the reply to {command} {text}");
    }

    private static string Shown(FakeResponse response) => response.Text + response.Blocks?.ToJsonString();

    [Fact]
    public async Task Members_share_privately_a_moderator_approves_and_salary_shows_the_community_block()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake);

        for (var n = 1; n <= 5; n++)
        {
            var shared = await CommandAsync(fake, "/share", $"level:senior location:seattle base:{190 + 10 * n}k stock:400k vesting:4y", $"UMEMBER{n:00}");
            Assert.Equal("ephemeral", shared.ResponseType);
            Assert.Contains($"#{n}", Shown(shared));
        }
        var again = await CommandAsync(fake, "/share", "level:senior location:seattle base:250k", "UMEMBER01");
        Assert.Equal("ephemeral", again.ResponseType);
        Assert.Contains("You already shared an offer", Shown(again));

        var refused = await CommandAsync(fake, "/kb", "offers approve 1", "UMEMBER02");
        Assert.Contains("moderators only", refused.Text);
        var queue = await CommandAsync(fake, "/kb", "offers", Moderator);
        Assert.Contains("#5", Shown(queue));
        for (var id = 1; id <= 4; id++)
            Assert.Contains($"Approved offer #{id}", Shown(await CommandAsync(fake, "/kb", $"offers approve {id}", Moderator)));
        Assert.DoesNotContain("Community-reported", Shown(await CommandAsync(fake, "/salary", "level:senior location:seattle", "UMEMBER09")));

        await CommandAsync(fake, "/kb", "offers approve 5", Moderator);
        var salary = Shown(await CommandAsync(fake, "/salary", "level:senior location:seattle", "UMEMBER09"));
        Assert.Contains("Community-reported", salary);
        Assert.Contains("5 offers", salary);
        Assert.Contains("median base", salary);
        Assert.Contains("$220,000", salary);
    }

    [Fact]
    public async Task Without_a_configured_secret_share_is_off_and_says_which_key_to_set()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake, withSecret: false);

        var reply = await CommandAsync(fake, "/share", "level:senior location:seattle base:200k", "UMEMBER01");

        Assert.Equal("ephemeral", reply.ResponseType);
        Assert.Contains("switched off", reply.Text);
        Assert.Contains("CommunityOffers:HashSecret", reply.Text);
    }
}

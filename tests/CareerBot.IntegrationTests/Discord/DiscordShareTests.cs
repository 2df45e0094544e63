using System.Text.Json.Nodes;
using CareerBot.FakeDiscord;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>Issue #23 on Discord: /share from typed options (ephemeral), /kb offers for moderators, the community block in /salary.</summary>
[Collection(DiscordCollection.Name)]
public class DiscordShareTests
{
    private const string ModeratorId = "1100000000000000008";
    /// <summary>The member's permissions plus Manage Server (32): a moderator.</summary>
    private const string ModeratorPermissions = "2147552288";

    private static JsonArray Options(params (string Name, JsonNode Value)[] options) =>
        new(options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = o.Value.GetValueKind() == System.Text.Json.JsonValueKind.Number ? 4 : 3, ["value"] = o.Value }).ToArray());

    private static JsonArray Offers(params (string Name, JsonNode Value)[] options) =>
        new(new JsonObject { ["name"] = "offers", ["type"] = 1, ["options"] = Options(options) });

    private static async Task<FakeInteraction> AnsweredAsync(Task<FakeInteraction> sending)
    {
        var interaction = await sending;
        await FakeDiscordServer.WaitUntilAsync(() => interaction.CallbackType is not null && (interaction.CallbackType != 5 || interaction.Edits > 0 || interaction.Followups.Count > 0),
            what: $"the answer to interaction {interaction.Name}");
        return interaction;
    }

    [Fact]
    public async Task Share_is_registered_with_its_options_answered_ephemerally_and_counted_after_approval()
    {
        await using var bot = await DiscordBotHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["CommunityOffers:HashSecret"] = "discord-test-secret-0123456789-abcdefgh",
            ["RateLimit:UserBurst"] = "50",
        });
        var share = bot.Fake.Rest.Commands[FakeDiscordServer.DefaultGuildId].Single(c => c!["name"]!.GetValue<string>() == "share")!;
        var names = share["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()).ToList();
        Assert.Superset(new HashSet<string> { "base", "bonus", "stock", "vesting", "level", "location", "yoe", "specialization", "company", "withdraw" }, names.ToHashSet());
        Assert.Null(share["default_member_permissions"]);

        for (var n = 1; n <= 5; n++)
        {
            var shared = await AnsweredAsync(bot.Fake.SendCommandAsync("share",
                Options(("level", "senior"), ("location", "Seattle"), ("base", $"{190 + 10 * n}k"), ("stock", "400k"), ("vesting", "4y"), ("yoe", 5 + n)),
                userId: $"11000000000000001{n:00}"));
            Assert.Equal(64, shared.Flags & 64);
            Assert.Contains("waits for a moderator", shared.Content);
        }
        var member = await AnsweredAsync(bot.Fake.SendCommandAsync("kb", Offers(("action", "approve"), ("id", 1)), userId: "1100000000000000101"));
        Assert.Contains("moderators only", member.Content);

        var queue = await AnsweredAsync(bot.Fake.SendCommandAsync("kb", Offers(), userId: ModeratorId, permissions: ModeratorPermissions));
        Assert.Contains("#5", queue.Content);
        for (var id = 1; id <= 5; id++)
        {
            var approved = await AnsweredAsync(bot.Fake.SendCommandAsync("kb", Offers(("action", "approve"), ("id", id)), userId: ModeratorId, permissions: ModeratorPermissions));
            Assert.StartsWith($"Approved offer #{id}", approved.Content);
        }

        var salary = await AnsweredAsync(bot.Fake.SendCommandAsync("salary", Options(("level", "senior"), ("location", "seattle")), userId: "1100000000000000199"));
        // A long answer is split; the block comes in a follow-up part.
        string Shown() => salary.Content + string.Join('\n', salary.Followups.ToList().Select(f => f["content"]?.GetValue<string>()));
        await FakeDiscordServer.WaitUntilAsync(() => Shown().Contains("Community-reported"), what: "the community block in the /salary answer");
        var shown = Shown();
        Assert.Contains("median base **$220,000**", shown);

        var withdrawn = await AnsweredAsync(bot.Fake.SendCommandAsync("share", Options(("withdraw", "yes")), userId: "1100000000000000103"));
        Assert.Equal(64, withdrawn.Flags & 64);
        Assert.StartsWith("Withdrawn", withdrawn.Content);
    }
}

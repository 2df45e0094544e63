using System.Text.Json.Nodes;
using CareerBot.Core.Answers;
using CareerBot.Core.Commands;
using CareerBot.Core.Messages;
using CareerBot.FakeDiscord;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.IntegrationTests.Discord;

[Collection(DiscordCollection.Name)]
public class DiscordInteractionTests
{
    private static JsonArray Options(params (string Name, string Value)[] options) =>
        new(options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = 3, ["value"] = o.Value }).ToArray());

    [Fact]
    public async Task Commands_are_registered_per_guild_with_kb_hidden_from_non_moderators()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var commands = bot.Fake.Rest.Commands[FakeDiscordServer.DefaultGuildId];
        Assert.Equal(CommandCatalog.All.Select(c => c.Name).Order(), commands.Select(c => c!["name"]!.GetValue<string>()).Order());
        var kb = commands.Single(c => c!["name"]!.GetValue<string>() == "kb")!;
        Assert.Equal(32, kb["default_member_permissions"]!.GetValue<long>());
        Assert.All(kb["options"]!.AsArray(), o => Assert.Equal(1, o!["type"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Ask_is_answered_at_once_with_the_knowledge_answer()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var interaction = await bot.Fake.SendCommandAsync("ask", Options(("question", "do I need a PhD?")));

        await FakeDiscordServer.WaitUntilAsync(() => interaction.CallbackType is not null, what: "the interaction response");
        Assert.Equal(4, interaction.CallbackType);
        Assert.Contains("PhD", interaction.Content);
        Assert.Equal(0, interaction.Flags & 64);
    }

    [Fact]
    public async Task Offer_options_reach_the_pipeline_typed_and_the_answer_is_one_message_carrying_its_chart()
    {
        var seen = new List<IncomingMessage>();
        await using var bot = await DiscordBotHarness.StartAsync(configure: s => s.Decorate(seen));
        var interaction = await bot.Fake.SendCommandAsync("offer", Options(("base", "180k"), ("bonus", "15%"), ("stock", "600k"), ("vesting", "4y")));

        await FakeDiscordServer.WaitUntilAsync(() => interaction.CallbackType is not null && (interaction.CallbackType != 5 || interaction.Edits > 0), what: "the answer");
        await Task.Delay(300); // a follow-up would be sent right after the response
        var offer = Assert.IsType<CommandInvocation>(Assert.Single(seen).Invocation);
        Assert.Equal(("offer", null), (offer.Name, offer.Subcommand));
        Assert.Equal(new Dictionary<string, string> { ["base"] = "180k", ["bonus"] = "15%", ["stock"] = "600k", ["vesting"] = "4y" }, offer.Arguments);
        Assert.Contains(interaction.CallbackType, new int?[] { 4, 5 });
        Assert.Contains("180", interaction.Content);
        Assert.Equal(["offer-chart.png"], interaction.FileNames);
        Assert.Empty(interaction.Followups);
        var answer = (await bot.Fake.WaitForRequestsAsync(r => r.Method is "POST" or "PATCH" && r.FileNames.Count > 0)).Single();
        Assert.StartsWith("multipart/form-data", answer.Header("Content-Type"));
        var message = answer.Json!["data"] ?? answer.Json; // a callback nests the message under data; an edit does not
        Assert.Contains("180", message!["content"]!.GetValue<string>());
        Assert.Equal("offer-chart.png", message["attachments"]![0]!["filename"]!.GetValue<string>());
        Assert.Contains(answer.Status, new[] { 200, 204 }); // the fake accepted the multipart body
    }

    [Fact]
    public async Task An_offer_asked_by_mention_is_one_message_with_its_chart_attached()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var question = await bot.Fake.SendMessageAsync("/offer base:180k bonus:15% stock:600k vesting:4y", mentionBot: true);

        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(question).Count > 0, what: "the answer");
        await Task.Delay(300); // a second message would be sent right after the first
        var reply = Assert.Single(bot.Fake.Messages);
        Assert.Contains("180", reply["content"]!.GetValue<string>());
        Assert.Equal(["offer-chart.png"], reply["attachments"]!.AsArray().Select(a => a!["filename"]!.GetValue<string>()));
        var request = bot.Fake.Requests.Single(r => r.FileNames.Count > 0);
        Assert.StartsWith("multipart/form-data", request.Header("Content-Type"));
        Assert.Equal(question + "-0", request.Json!["nonce"]!.GetValue<string>());
        Assert.Equal(question, request.Json!["message_reference"]!["message_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_slow_command_is_deferred_then_completed_by_editing_the_original_response()
    {
        await using var bot = await DiscordBotHarness.StartAsync(configure: services =>
        {
            services.Remove(services.Single(d => d.ImplementationType == typeof(HelpCommandHandler)));
            services.AddSingleton<ICommandHandler, SlowHelpHandler>();
        });
        var interaction = await bot.Fake.SendCommandAsync("help");

        await FakeDiscordServer.WaitUntilAsync(() => interaction.Edits > 0, what: "the deferred response to be completed");
        Assert.Equal(5, interaction.CallbackType);
        Assert.True(interaction.CallbackAt - interaction.CreatedAt < bot.Fake.Options.InteractionDeadline);
        Assert.Equal(SlowHelpHandler.Text, interaction.Content);
    }

    [Fact]
    public async Task Input_errors_are_ephemeral()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var interaction = await bot.Fake.SendCommandAsync("ask", Options(("question", "   ")));

        await FakeDiscordServer.WaitUntilAsync(() => interaction.CallbackType is not null, what: "the interaction response");
        Assert.Equal(4, interaction.CallbackType);
        Assert.Equal(64, interaction.Flags & 64);
    }

    [Fact]
    public async Task Moderator_commands_are_refused_to_members_without_manage_server()
    {
        var seen = new List<IncomingMessage>();
        await using var bot = await DiscordBotHarness.StartAsync(configure: s => s.Decorate(seen));
        var member = await bot.Fake.SendCommandAsync("kb", new JsonArray(new JsonObject { ["name"] = "list", ["type"] = 1, ["options"] = new JsonArray() }));
        var moderator = await bot.Fake.SendCommandAsync("kb", new JsonArray(new JsonObject { ["name"] = "list", ["type"] = 1, ["options"] = new JsonArray() }),
            userId: "1100000000000000008", permissions: "2147552288");

        await FakeDiscordServer.WaitUntilAsync(() => member.CallbackType is not null && moderator.CallbackType is not null, what: "both responses");
        Assert.Equal(64, member.Flags & 64);
        Assert.Contains(seen, m => m.User.Id == "1100000000000000008" && m.User.IsModerator && m.Text == "/kb list");
        Assert.Contains(seen, m => m.User.Id == FakeDiscordServer.DefaultUserId && !m.User.IsModerator);
    }

    private const string ForeignGuildId = "1299999999999999999";
    private const string Administrator = "8";

    private static JsonArray KbSet(string id, string markdown) =>
        new(new JsonObject { ["name"] = "set", ["type"] = 1, ["options"] = Options(("id", id), ("markdown", markdown)) });

    [Fact]
    public async Task An_administrator_of_a_stranger_server_cannot_change_the_answers_of_a_bot_started_with_only_a_token()
    {
        var fake = await DiscordBotHarness.StartFakeAsync(new FakeDiscordOptions { HeartbeatIntervalMs = 1000, GuildIds = [FakeDiscordServer.DefaultGuildId, ForeignGuildId] });
        await using var _ = fake;
        await using var bot = await DiscordBotHarness.StartAsync(fake, homeGuild: false);
        var set = await bot.Fake.SendCommandAsync("kb", KbSet("phd-value", "Hijacked: a PhD is required for every ML job."), guildId: ForeignGuildId,
            userId: "1100000000000000066", permissions: Administrator);

        await FakeDiscordServer.WaitUntilAsync(() => set.CallbackType is not null && (set.CallbackType == 4 || set.Edits > 0), what: "the refusal");
        Assert.Equal(64, set.Flags & 64);
        Assert.DoesNotContain("Saved", set.Content);
        Assert.Contains("moderators only", set.Content);
        Assert.Contains("nobody moderates", set.Content);
        var ask = await bot.Fake.SendCommandAsync("ask", Options(("question", "do I need a PhD?")));
        await FakeDiscordServer.WaitUntilAsync(() => ask.CallbackType is not null && (ask.CallbackType == 4 || ask.Edits > 0), what: "the answer");
        Assert.DoesNotContain("Hijacked", ask.Content);
    }

    [Fact]
    public async Task With_a_home_guild_kb_is_registered_only_there_its_managers_moderate_and_a_stale_global_kb_is_removed()
    {
        var fake = await DiscordBotHarness.StartFakeAsync(new FakeDiscordOptions { HeartbeatIntervalMs = 1000, GuildIds = [FakeDiscordServer.DefaultGuildId, ForeignGuildId] });
        await using var _ = fake;
        // An earlier start without Discord:GuildIds registered everything globally.
        await using (await DiscordBotHarness.StartAsync(fake, homeGuild: false)) { }
        Assert.Contains(fake.Rest.Commands["global"], c => c!["name"]!.GetValue<string>() == "kb");

        await using var bot = await DiscordBotHarness.StartAsync(fake);
        await FakeDiscordServer.WaitUntilAsync(() => fake.Rest.Commands["global"].Count == 0, what: "the global commands to be removed");
        Assert.Null(fake.Rest.FindCommand("kb", ForeignGuildId));
        var set = await bot.Fake.SendCommandAsync("kb", KbSet("phd-value", "A PhD helps for research roles; most ML engineering jobs do not need one."),
            userId: "1100000000000000008", permissions: "32");

        await FakeDiscordServer.WaitUntilAsync(() => set.CallbackType is not null && (set.CallbackType == 4 || set.Edits > 0), what: "the save");
        Assert.Contains("Saved **phd-value** version 1", set.Content);
    }

    [Fact]
    public async Task Autocomplete_offers_knowledge_topic_ids()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var interaction = await bot.Fake.SendCommandAsync("kb", new JsonArray(new JsonObject
        {
            ["name"] = "show", ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "id", ["type"] = 3, ["value"] = "phd", ["focused"] = true }),
        }), type: 4);

        await FakeDiscordServer.WaitUntilAsync(() => interaction.CallbackType is not null, what: "the autocomplete response");
        Assert.Equal(8, interaction.CallbackType);
        Assert.Contains(interaction.Choices!, c => c!["value"]!.GetValue<string>() == "phd-value");
    }

    [Theory]
    [InlineData("location", "sea", "Seattle")]
    [InlineData("specialization", "l", "LLM")]
    public async Task Autocomplete_offers_the_places_and_specializations_the_knowledge_base_names(string option, string typed, string expected)
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var interaction = await bot.Fake.SendCommandAsync("salary", new JsonArray(
            new JsonObject { ["name"] = "level", ["type"] = 3, ["value"] = "senior" },
            new JsonObject { ["name"] = option, ["type"] = 3, ["value"] = typed, ["focused"] = true }), type: 4);

        await FakeDiscordServer.WaitUntilAsync(() => interaction.CallbackType is not null, what: "the autocomplete response");
        var choices = interaction.Choices!.Select(c => c!["value"]!.GetValue<string>()).ToList();
        Assert.Equal(8, interaction.CallbackType);
        Assert.Contains(choices, c => c.Contains(expected, StringComparison.OrdinalIgnoreCase));
        Assert.InRange(choices.Count, 1, 25);
        Assert.All(choices, c => Assert.Contains(typed, c, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class SlowHelpHandler : ICommandHandler
    {
        public const string Text = "A slow but complete answer.";

        public CommandDescriptor Command => CommandCatalog.Help;

        public async ValueTask<Reply> HandleAsync(ParsedCommand command, IncomingMessage message, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(2.5), cancellationToken);
            return new Reply(ReplyKind.Answer, "help", 1, Text);
        }
    }
}

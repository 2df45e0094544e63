using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareerBot.Core.Knowledge;
using CareerBot.FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>
/// A member's casual conversation in a career channel, through the fake Discord, checked as the member sees it: one text
/// message per answer, sources once, no raw pipe table, buttons that work, personal numbers private until shared. The
/// transcript goes to the test output so a reviewer can read what came back.
/// </summary>
[Collection(DiscordCollection.Name)]
public partial class MemberTrialTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"^\s*\|.*\|\s*$", RegexOptions.Multiline)]
    private static partial Regex PipeTableRow();

    private static IReadOnlyList<JsonObject> Buttons(JsonNode? message) =>
        (message?["components"] as JsonArray ?? []).SelectMany(row => row!["components"]!.AsArray()).OfType<JsonObject>().ToList();

    private static string Id(JsonObject button) => button["custom_id"]!.GetValue<string>();

    private static string Label(JsonObject button) => button["label"]?.GetValue<string>() ?? "";

    private static JsonArray Options(params (string Name, string Value)[] options) =>
        new(options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = 3, ["value"] = o.Value }).ToArray());

    /// <summary>What a member reads: the text is readable on Discord (no pipe table) and names its sources at most once.</summary>
    private static void AssertReadable(string what, string content)
    {
        Assert.False(string.IsNullOrWhiteSpace(content), $"{what}: an empty message");
        Assert.False(PipeTableRow().IsMatch(content), $"{what}: a raw Markdown pipe table:\n{content}");
        Assert.True(Regex.Matches(content, "Sources?:").Count <= 1, $"{what}: sources more than once:\n{content}");
        Assert.True(content.Length <= 2000, $"{what}: {content.Length} characters, over Discord's 2,000");
    }

    private sealed record Exchange(string Typed, string QuestionId);

    private sealed class Trial(DiscordBotHarness bot, ITestOutputHelper output)
    {
        public List<Exchange> Mentions { get; } = [];

        public IReadOnlyList<JsonObject> MessagesFor(string questionId) =>
            bot.Fake.Messages.Where(m => m["nonce"]?.GetValue<string>().StartsWith(questionId + "-", StringComparison.Ordinal) == true).ToList();

        public static bool IsChart(JsonObject message) => (message["attachments"] as JsonArray)?.Count > 0 && string.IsNullOrEmpty(message["content"]?.GetValue<string>());

        /// <summary>A mention in the channel (or a DM when <paramref name="guildId"/> is null); returns the first reply.</summary>
        public async Task<JsonObject> MentionAsync(string typed, string? guildId = FakeDiscordServer.DefaultGuildId, string channelId = FakeDiscordServer.DefaultChannelId)
        {
            var id = await bot.Fake.SendMessageAsync(typed, guildId: guildId, channelId: channelId, mentionBot: guildId is not null);
            await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(id).Count > 0, what: $"a reply to \"{typed}\"");
            Mentions.Add(new Exchange(typed, id));
            var reply = bot.RepliesTo(id)[0];
            var content = reply["content"]!.GetValue<string>();
            output.WriteLine($"> @careerbot {typed}\n{content}\n[buttons: {string.Join(" | ", Buttons(reply).Select(Label))}]\n");
            AssertReadable(typed, content);
            return reply;
        }

        public async Task<FakeInteraction> AnsweredAsync(string what, Task<FakeInteraction> sending)
        {
            var interaction = await sending;
            await FakeDiscordServer.WaitUntilAsync(() => interaction.CallbackType is not null && (interaction.CallbackType != 5 || interaction.Edits > 0 || interaction.Followups.Count > 0),
                what: $"the answer to {what}");
            var shown = interaction.Content ?? "";
            output.WriteLine($"> {what}\n[{((interaction.Flags & 64) != 0 ? "only you can see this" : "in the channel")}] {shown}\n[buttons: {string.Join(" | ", Buttons(interaction.Message).Select(Label))}]" +
                $" [{shown.Length} characters; follow-ups so far: {interaction.Followups.Count}]\n");
            AssertReadable(what, shown);
            return interaction;
        }
    }

    [Fact]
    public async Task A_member_talks_casually_and_every_answer_is_one_readable_message_with_working_buttons()
    {
        // A member types faster in a test than in a channel; the rate limit has its own trial below.
        await using var bot = await DiscordBotHarness.StartAsync(settings: new Dictionary<string, string?> { ["RateLimit:UserBurst"] = "100" });
        var trial = new Trial(bot, output);

        var newGrad = await trial.MentionAsync("hey, how much do new grad ml engineers make?");
        Assert.Contains(Buttons(newGrad), b => Label(b) == "More");
        Assert.Contains(Buttons(newGrad), b => Id(b).StartsWith("ask:", StringComparison.Ordinal));
        var senior = await trial.MentionAsync("and for senior?");
        Assert.Contains("senior", senior["content"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        await trial.MentionAsync("got an offer from a startup: 185k base, 10% bonus, 300k in stock over 4 years and a 20k signing bonus. is that good?");
        await trial.MentionAsync("what does year 2 look like");
        await trial.MentionAsync("compare that to my current job: 150k base, 15k bonus");
        await trial.MentionAsync("which one is better");
        await trial.MentionAsync("is leetcode still a thing for ml roles");
        await trial.MentionAsync("do i need a phd to get hired");
        await trial.MentionAsync("whats the difference between an ml engineer and a data scientist");
        await trial.MentionAsync("how do i move from backend swe into ml");
        await trial.MentionAsync("what about staff level pay");
        await trial.MentionAsync("should i learn pytorch or tensorflow first?");

        var offer = await trial.AnsweredAsync("/offer base:200k bonus:15% stock:500k vesting:4y signon:25k",
            bot.Fake.SendCommandAsync("offer", Options(("base", "200k"), ("bonus", "15%"), ("stock", "500k"), ("vesting", "4y"), ("signon", "25k"))));
        Assert.Equal(64, offer.Flags & 64);
        var share = Buttons(offer.Message).Single(b => Label(b) == "Share in channel");
        var shared = await trial.AnsweredAsync("[clicks Share in channel]", bot.Fake.ClickButtonAsync(offer.Message!, Id(share)));
        Assert.Equal(0, shared.Flags & 64);
        Assert.Equal(offer.Content, shared.Content);

        var compare = await trial.AnsweredAsync("/compare a:\"base:180k bonus:10% stock:400k\" b:\"base:210k stock:100k\"",
            bot.Fake.SendCommandAsync("compare", Options(("a", "base:180k bonus:10% stock:400k"), ("b", "base:210k stock:100k"))));
        Assert.Equal(64, compare.Flags & 64);
        // One message: no second text part (a chart follow-up carries no text).
        Assert.DoesNotContain(compare.Followups, f => !string.IsNullOrEmpty(f["content"]?.GetValue<string>()));

        var more = await trial.AnsweredAsync("[clicks More under the new-grad answer]", bot.Fake.ClickButtonAsync(newGrad, Id(Buttons(newGrad).Single(b => Label(b) == "More"))));
        Assert.Equal(64, more.Flags & 64);
        var followUp = Buttons(newGrad).First(b => Id(b).StartsWith("ask:", StringComparison.Ordinal));
        var asked = await trial.AnsweredAsync($"[clicks follow-up \"{Label(followUp)}\"]", bot.Fake.ClickButtonAsync(newGrad, Id(followUp)));
        Assert.Equal(0, asked.Flags & 64);
        Assert.Contains(Buttons(asked.Message), b => Label(b) == "More");
        var thumbs = await trial.AnsweredAsync("[clicks 👍 under the senior answer]", bot.Fake.ClickButtonAsync(senior, Id(Buttons(senior).Single(b => Id(b).StartsWith("rate:+:", StringComparison.Ordinal)))));
        Assert.Equal(64, thumbs.Flags & 64);

        var amount = await trial.AnsweredAsync("/salary level:senior amount:190k", bot.Fake.SendCommandAsync("salary", Options(("level", "senior"), ("amount", "190k"))));
        Assert.Equal(64, amount.Flags & 64);
        await trial.AnsweredAsync("/ask question:what skills do i need for mlops", bot.Fake.SendCommandAsync("ask", Options(("question", "what skills do i need for mlops"))));
        await trial.MentionAsync("ok thanks, that helps a lot");
        await trial.MentionAsync("how much does a mid level mle make", guildId: null, channelId: "1300000000000000077");

        // Every mention got exactly one text message; a chart, if any, is a separate attachment-only message.
        foreach (var exchange in trial.Mentions)
        {
            var messages = trial.MessagesFor(exchange.QuestionId);
            var texts = messages.Where(m => !Trial.IsChart(m)).ToList();
            output.WriteLine($"\"{exchange.Typed}\": {texts.Count} text message(s), {messages.Count - texts.Count} chart message(s)");
            Assert.True(texts.Count == 1, $"\"{exchange.Typed}\" was answered in {texts.Count} text messages");
        }
        foreach (var (name, interaction) in new[] { ("/offer", offer), ("Share in channel", shared), ("/compare", compare) })
            output.WriteLine($"{name}: {interaction.Followups.Count} follow-up(s), files: {string.Join(", ", interaction.FileNames)}");
    }

    /// <summary>Three messages per member and no token back during the test, so which message meets the limit does not depend on timing.</summary>
    private static Task<DiscordBotHarness> StartThreeMessageBudgetAsync() => DiscordBotHarness.StartAsync(settings: new Dictionary<string, string?>
    {
        ["RateLimit:UserBurst"] = "3",
        ["RateLimit:UserInterval"] = "01:00:00",
    });

    [Fact]
    public async Task A_member_over_the_rate_limit_is_told_once_and_never_left_without_any_reply()
    {
        await using var bot = await StartThreeMessageBudgetAsync();
        var trial = new Trial(bot, output);

        await trial.AnsweredAsync("/offer base:185k bonus:10% stock:300k vesting:4y", bot.Fake.SendCommandAsync("offer", Options(("base", "185k"), ("bonus", "10%"), ("stock", "300k"), ("vesting", "4y"))));
        await trial.MentionAsync("what does year 2 look like");
        await trial.MentionAsync("do i need a phd");
        var notice = await trial.MentionAsync("is leetcode still a thing for ml roles");
        Assert.Contains("faster than I can answer", notice["content"]!.GetValue<string>());

        // Within the cool-down: a command is told privately (Discord needs an answer); channel messages stay quiet.
        var command = await trial.AnsweredAsync("/ask question:is leetcode still a thing", bot.Fake.SendCommandAsync("ask", Options(("question", "is leetcode still a thing"))));
        Assert.Equal(64, command.Flags & 64);
        var quiet = await bot.Fake.SendMessageAsync("hello??", mentionBot: true);
        var sentinel = await bot.Fake.SendMessageAsync("do i need a phd", mentionBot: true, authorId: "1100000000000000555");
        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(sentinel).Count > 0, what: "another member's answer");
        Assert.Single(bot.Fake.Messages, m => m["content"]?.GetValue<string>().Contains("faster than I can answer") == true);
        Assert.Empty(bot.RepliesTo(quiet));
    }

    [Fact]
    public async Task Clicks_spend_the_same_budget_and_a_question_after_a_private_notice_is_told_in_the_channel()
    {
        // Report (a): buttons go through the pipeline and its rate limit; a notice given privately on a click does not
        // leave the member's next channel question unanswered.
        await using var bot = await StartThreeMessageBudgetAsync();
        var trial = new Trial(bot, output);

        var answer = await trial.MentionAsync("do i need a phd");
        await trial.AnsweredAsync("[clicks More]", bot.Fake.ClickButtonAsync(answer, Id(Buttons(answer).Single(b => Label(b) == "More"))));
        await trial.AnsweredAsync("[clicks 👍]", bot.Fake.ClickButtonAsync(answer, Id(Buttons(answer).Single(b => Id(b).StartsWith("rate:+:", StringComparison.Ordinal)))));
        var followUp = await trial.AnsweredAsync("[clicks a follow-up]", bot.Fake.ClickButtonAsync(answer, Id(Buttons(answer).First(b => Id(b).StartsWith("ask:", StringComparison.Ordinal)))));
        Assert.Equal(64, followUp.Flags & 64);
        Assert.Contains("faster than I can answer", followUp.Content);

        var question = await bot.Fake.SendMessageAsync("is leetcode still a thing for ml roles", mentionBot: true);
        var sentinel = await bot.Fake.SendMessageAsync("do i need a phd", mentionBot: true, authorId: "1100000000000000555");
        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(sentinel).Count > 0 && bot.RepliesTo(question).Count > 0, what: "both replies");
        Assert.Contains("faster than I can answer", Assert.Single(bot.RepliesTo(question))["content"]!.GetValue<string>());
        output.WriteLine("> @careerbot is leetcode still a thing for ml roles\n(told once, in the channel, to slow down)");
    }

    [Fact]
    public async Task A_forum_post_under_a_configured_channel_is_answered_in_the_post_without_a_mention()
    {
        const string forum = "1300000000000000100";
        const string post = "1300000000000000101";
        await using var bot = await DiscordBotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:ChannelIds:0"] = forum });
        await bot.Fake.Gateway.DispatchAsync("THREAD_CREATE", new JsonObject
        {
            ["id"] = post, ["guild_id"] = FakeDiscordServer.DefaultGuildId, ["parent_id"] = forum, ["type"] = 11, ["name"] = "new grad pay?",
            ["owner_id"] = FakeDiscordServer.DefaultUserId, ["newly_created"] = true,
            ["thread_metadata"] = new JsonObject { ["archived"] = false, ["auto_archive_duration"] = 1440, ["locked"] = false, ["archive_timestamp"] = "2026-12-04T22:00:00.000000+00:00" },
        }, FakeDiscordServer.DefaultGuildId);

        var replies = new List<JsonObject>();
        foreach (var typed in new[] { "how much do new grad ml engineers make?", "and for senior?" })
        {
            var id = await bot.Fake.SendMessageAsync(typed, channelId: post);
            await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(id).Count > 0, what: $"the answer to \"{typed}\" in the forum post");
            replies.Add(bot.RepliesTo(id)[0]);
            output.WriteLine($"> (forum post) {typed}\n{replies[^1]["content"]}\n");
        }

        Assert.All(replies, r => Assert.Equal(post, r["channel_id"]!.GetValue<string>()));
        Assert.StartsWith("**Senior", replies[1]["content"]!.GetValue<string>());
    }

    private const string ModeratorId = "1100000000000000008";
    /// <summary>The member's permissions plus Manage Server (32): a moderator.</summary>
    private const string ModeratorPermissions = "2147552288";

    private static JsonArray Kb(string subcommand, params (string Name, JsonNode Value)[] options) =>
        new(new JsonObject
        {
            ["name"] = subcommand, ["type"] = 1,
            ["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject
            { ["name"] = o.Name, ["type"] = o.Value.GetValueKind() == System.Text.Json.JsonValueKind.Number ? 4 : 3, ["value"] = o.Value }).ToArray()),
        });

    [Fact]
    public async Task A_moderator_sets_tricky_text_meets_a_stale_form_then_reads_the_history_and_reverts()
    {
        // The moderator sends eight commands faster than anyone types.
        await using var bot = await DiscordBotHarness.StartAsync(settings: new Dictionary<string, string?> { ["RateLimit:UserBurst"] = "50" });
        var trial = new Trial(bot, output);
        var knowledge = bot.Host.Services.GetRequiredService<KnowledgeBase>();
        var original = knowledge.Current.Find("phd-value")!.Answer;
        const string typed = "Short answer: \"it depends\" & <b>not</b> always 👩‍💻 ship projects first.";
        Task<FakeInteraction> Moderate(string subcommand, params (string Name, JsonNode Value)[] options) =>
            bot.Fake.SendCommandAsync("kb", Kb(subcommand, options), userId: ModeratorId, permissions: ModeratorPermissions);

        var form = await Moderate("edit", ("id", "phd-value"));
        await FakeDiscordServer.WaitUntilAsync(() => form.Modal is not null, what: "the edit form");
        var set = await trial.AnsweredAsync($"/kb set id:phd-value markdown:{typed}", Moderate("set", ("id", "phd-value"), ("markdown", typed)));
        Assert.Contains("version 1", set.Content);
        var served = await trial.MentionAsync("do i need a phd?");
        Assert.StartsWith(typed, served["content"]!.GetValue<string>());

        // The form was opened on version 0: saving it now would overwrite the text above.
        var stale = await trial.AnsweredAsync("[submits the edit form opened before the /kb set]",
            bot.Fake.SubmitModalAsync(form, "An older idea of the answer.", userId: ModeratorId, permissions: ModeratorPermissions));
        Assert.Equal(64, stale.Flags & 64);
        Assert.Contains("Not saved", stale.Content);
        Assert.Equal(typed, knowledge.Current.Find("phd-value")!.Answer);
        // The refusal says how to send the text again from the newest version; that must be possible on Discord too.
        Assert.Contains("from:1", stale.Content);
        const string resent = "An older idea of the answer, now on top of version 1.";
        var stillStale = await trial.AnsweredAsync($"/kb set id:phd-value from:0 markdown:{resent}", Moderate("set", ("id", "phd-value"), ("from", 0), ("markdown", resent)));
        Assert.Contains("Not saved", stillStale.Content);
        var again = await trial.AnsweredAsync($"/kb set id:phd-value from:1 comment:after the conflict markdown:{resent}",
            Moderate("set", ("id", "phd-value"), ("from", 1), ("comment", "after the conflict"), ("markdown", resent)));
        Assert.Contains("version 2", again.Content);
        Assert.Equal(resent, knowledge.Current.Find("phd-value")!.Answer);

        var history = await trial.AnsweredAsync("/kb history id:phd-value", Moderate("history", ("id", "phd-value")));
        Assert.Contains("version 2", history.Content);
        Assert.Contains("after the conflict", history.Content);
        var reverted = await trial.AnsweredAsync("/kb revert id:phd-value version:0", Moderate("revert", ("id", "phd-value"), ("version", 0)));
        Assert.Contains("version 3", reverted.Content);
        Assert.Equal(original, knowledge.Current.Find("phd-value")!.Answer);
    }
}

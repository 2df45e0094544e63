using System.Text.Json.Nodes;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Moderation;
using CareerBot.Core.Pipeline;
using CareerBot.Discord.Interactions;
using CareerBot.FakeDiscord;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>Issue #7 on Discord: /kb edit as a modal, its submission through the pipeline, and the 👍/👎 buttons under answers.</summary>
[Collection(DiscordCollection.Name)]
public class DiscordEditModalAndRatingTests
{
    private const string ModeratorId = "1100000000000000008";
    /// <summary>The member's permissions plus Manage Server (32): a moderator.</summary>
    private const string ModeratorPermissions = "2147552288";
    private const string NewPhdText = "**Not for most ML engineering jobs.** A PhD mainly helps for research roles.";

    private static JsonArray Sub(string name, params (string Name, string Value)[] options) =>
        new(new JsonObject
        {
            ["name"] = name, ["type"] = 1,
            ["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = 3, ["value"] = o.Value }).ToArray()),
        });

    private static Task<FakeInteraction> OpenEditAsync(DiscordBotHarness bot, string id = "phd-value") =>
        bot.Fake.SendCommandAsync("kb", Sub("edit", ("id", id)), userId: ModeratorId, permissions: ModeratorPermissions);

    private static async Task<FakeInteraction> AnsweredAsync(FakeInteraction interaction)
    {
        await FakeDiscordServer.WaitUntilAsync(() => interaction.CallbackType is not null && (interaction.CallbackType != 5 || interaction.Edits > 0),
            what: $"the answer to interaction {interaction.Name}");
        return interaction;
    }

    private static string Answer(DiscordBotHarness bot, string id = "phd-value") =>
        bot.Host.Services.GetRequiredService<KnowledgeBase>().Current.Find(id)!.Answer;

    private static IEnumerable<string> ButtonIds(JsonNode? message) =>
        (message?["components"] as JsonArray ?? []).SelectMany(row => row!["components"]!.AsArray()).Select(b => b!["custom_id"]!.GetValue<string>());

    [Fact]
    public async Task A_moderator_edits_an_answer_in_a_prefilled_modal_and_the_next_answer_in_chat_is_the_new_text()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var form = (await bot.Host.Services.GetRequiredService<KnowledgeHistory>().EditFormAsync("phd-value", CancellationToken.None))!;

        var opened = await AnsweredAsync(await OpenEditAsync(bot));

        Assert.Equal(9, opened.CallbackType);
        Assert.Equal("kbedit:phd-value:0", opened.Modal!["custom_id"]!.GetValue<string>());
        Assert.Equal("Edit phd-value (v0)", opened.Modal["title"]!.GetValue<string>());
        var input = opened.Modal["components"]![0]!["components"]![0]!;
        Assert.Equal((4, 2), (input["type"]!.GetValue<int>(), input["style"]!.GetValue<int>()));
        Assert.Equal(form.Body, input["value"]!.GetValue<string>());

        var submitted = await AnsweredAsync(await bot.Fake.SubmitModalAsync(opened, NewPhdText, userId: ModeratorId, permissions: ModeratorPermissions));
        Assert.Equal(4, submitted.CallbackType);
        Assert.Equal(64, submitted.Flags & 64);
        Assert.Contains("version 1", submitted.Content);

        var question = await bot.Fake.SendMessageAsync("do I need a PhD?", mentionBot: true);
        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(question).Count > 0, what: "the answer after the edit");
        Assert.StartsWith(NewPhdText, bot.RepliesTo(question)[0]["content"]!.GetValue<string>());
    }

    /// <summary>Moderator text that looks like /kb syntax (from:, comment:, id: of another entry) and carries quotes, HTML and a ZWJ emoji.</summary>
    private const string TrickyText = "from:0 comment: id:salary-senior says \"it depends\" & <b>not</b> 'always' 👩‍💻 ship projects.";

    private static JsonArray TypedSub(string name, params (string Name, JsonNode Value, int Type)[] options) =>
        new(new JsonObject
        {
            ["name"] = name, ["type"] = 1,
            ["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = o.Type, ["value"] = o.Value }).ToArray()),
        });

    private static async Task<string> MemberAnswerAsync(DiscordBotHarness bot)
    {
        var question = await bot.Fake.SendMessageAsync("do I need a PhD?", mentionBot: true);
        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(question).Count > 0, what: "the member's answer");
        return bot.RepliesTo(question)[0]["content"]!.GetValue<string>();
    }

    [Fact]
    public async Task Moderator_text_that_looks_like_options_is_saved_and_served_byte_for_byte_through_the_command_and_the_form()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var otherEntry = Answer(bot, "salary-senior");

        var set = await AnsweredAsync(await bot.Fake.SendCommandAsync("kb",
            TypedSub("set", ("id", "phd-value", 3), ("markdown", TrickyText, 3)), userId: ModeratorId, permissions: ModeratorPermissions));
        Assert.Contains("version 1", set.Content);
        Assert.Equal(TrickyText, Answer(bot));
        Assert.Equal(otherEntry, Answer(bot, "salary-senior"));
        Assert.StartsWith(TrickyText, await MemberAnswerAsync(bot));

        var opened = await AnsweredAsync(await OpenEditAsync(bot));
        var formText = TrickyText.Replace("from:0", "from:1") + " (from the form)";
        var saved = await AnsweredAsync(await bot.Fake.SubmitModalAsync(opened, formText, userId: ModeratorId, permissions: ModeratorPermissions));
        Assert.Contains("version 2", saved.Content);
        Assert.Equal(formText, Answer(bot));
        Assert.Equal(otherEntry, Answer(bot, "salary-senior"));
        Assert.StartsWith(formText, await MemberAnswerAsync(bot));
    }

    [Fact]
    public async Task A_stale_form_whose_text_names_the_newest_version_is_still_refused_as_a_conflict()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var stale = await AnsweredAsync(await OpenEditAsync(bot));
        await AnsweredAsync(await bot.Fake.SendCommandAsync("kb", TypedSub("set", ("id", "phd-value", 3), ("markdown", NewPhdText, 3)),
            userId: ModeratorId, permissions: ModeratorPermissions));

        // The form was opened on version 0; text beginning "from:1" must not pass for a newer starting point.
        var refused = await AnsweredAsync(await bot.Fake.SubmitModalAsync(stale, "from:1 " + TrickyText, userId: ModeratorId, permissions: ModeratorPermissions));

        Assert.Contains("Not saved", refused.Content);
        Assert.Equal(NewPhdText, Answer(bot));
    }

    [Fact]
    public async Task A_stale_modal_is_refused_privately_showing_what_changed_meanwhile()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var first = await AnsweredAsync(await OpenEditAsync(bot));
        var second = await AnsweredAsync(await OpenEditAsync(bot));

        await AnsweredAsync(await bot.Fake.SubmitModalAsync(first, NewPhdText, userId: ModeratorId, permissions: ModeratorPermissions));
        var stale = await AnsweredAsync(await bot.Fake.SubmitModalAsync(second, "Someone else's text.", userId: ModeratorId, permissions: ModeratorPermissions));

        Assert.Equal(64, stale.Flags & 64);
        Assert.Contains("Not saved", stale.Content);
        Assert.Contains("Not for most ML engineering jobs", stale.Content);
        Assert.Equal(NewPhdText, Answer(bot));
    }

    [Fact]
    public async Task A_member_without_moderator_rights_who_submits_the_modal_is_refused_and_nothing_changes()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var before = Answer(bot);
        var opened = await AnsweredAsync(await OpenEditAsync(bot));

        // The modal id is no secret: a member could replay a submission; the pipeline must refuse it.
        var submitted = await AnsweredAsync(await bot.Fake.SubmitModalAsync(opened, NewPhdText));

        Assert.Equal(64, submitted.Flags & 64);
        Assert.Contains("for moderators only", submitted.Content);
        Assert.Equal(before, Answer(bot));
        Assert.Empty(await bot.Host.Services.GetRequiredService<IRevisionStore>().HistoryAsync("phd-value", CancellationToken.None));
    }

    [Fact]
    public async Task A_modal_with_an_unknown_custom_id_gets_a_private_explanation()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var opened = await AnsweredAsync(await OpenEditAsync(bot));
        opened.Modal!["custom_id"] = "survey:42";

        var submitted = await AnsweredAsync(await bot.Fake.SubmitModalAsync(opened, NewPhdText, userId: ModeratorId, permissions: ModeratorPermissions));

        Assert.Equal(64, submitted.Flags & 64);
        Assert.Equal(KnowledgeEditForm.UnknownForm, submitted.Content);
        Assert.Equal(0, (await bot.Host.Services.GetRequiredService<KnowledgeHistory>().EditFormAsync("phd-value", CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task A_body_too_long_for_a_text_input_falls_back_to_the_typed_command_text()
    {
        var form = new KnowledgeEditForm("phd-value", 3, "Do I need a PhD?", new string('x', 4001));
        await using var bot = await DiscordBotHarness.StartAsync(configure: services => services.ReplaceReply(
            new Reply(ReplyKind.Answer, "kb", 1, "Editing **phd-value** from version 3. Send the whole new text with `/kb set phd-value from:3 <new text>`") { EditForm = form }));

        var opened = await AnsweredAsync(await OpenEditAsync(bot));

        Assert.Equal(4, opened.CallbackType);
        Assert.Null(opened.Modal);
        Assert.Contains("/kb set phd-value from:3", opened.Content);
    }

    [Fact]
    public async Task A_slow_kb_edit_is_deferred_so_it_answers_with_the_text_since_a_modal_cannot_follow_a_deferral()
    {
        var form = new KnowledgeEditForm("phd-value", 0, "Do I need a PhD?", "Short body.");
        await using var bot = await DiscordBotHarness.StartAsync(configure: services => services.ReplaceReply(
            new Reply(ReplyKind.Answer, "kb", 1, "Editing **phd-value** from version 0. Send the whole new text with `/kb set phd-value from:0 <new text>`") { EditForm = form },
            delay: TimeSpan.FromSeconds(2)));

        var opened = await AnsweredAsync(await OpenEditAsync(bot));

        Assert.Equal(5, opened.CallbackType);
        Assert.Null(opened.Modal);
        Assert.Contains("/kb set phd-value from:0", opened.Content);
    }

    [Fact]
    public async Task The_fake_refuses_modals_and_buttons_beyond_discords_limits_with_discords_error_shape()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        using var http = new HttpClient();
        async Task<JsonNode> CallbackAsync(JsonObject body)
        {
            var (interaction, _) = bot.Fake.CreateCommand("help");
            var response = await http.PostAsync($"{bot.Fake.RestUrl}/interactions/{interaction.Id}/{interaction.Token}/callback",
                new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(400, (int)response.StatusCode);
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }
        JsonObject Input(string label) => new() { ["type"] = 4, ["custom_id"] = "body", ["style"] = 2, ["label"] = label, ["value"] = "x" };
        JsonObject Row(params JsonNode[] components) => new() { ["type"] = 1, ["components"] = new JsonArray(components) };
        JsonObject Button(string id) => new() { ["type"] = 2, ["style"] = 2, ["custom_id"] = id, ["label"] = "b" };

        var longTitle = await CallbackAsync(new JsonObject { ["type"] = 9, ["data"] = new JsonObject { ["custom_id"] = "m", ["title"] = new string('t', 46), ["components"] = new JsonArray(Row(Input("ok"))) } });
        var longLabel = await CallbackAsync(new JsonObject { ["type"] = 9, ["data"] = new JsonObject { ["custom_id"] = "m", ["title"] = "t", ["components"] = new JsonArray(Row(Input(new string('l', 46)))) } });
        var sixButtons = await CallbackAsync(new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "x", ["components"] = new JsonArray(Row(Enumerable.Range(0, 6).Select(i => (JsonNode)Button($"b{i}")).ToArray())) } });
        var longId = await CallbackAsync(new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "x", ["components"] = new JsonArray(Row(Button(new string('i', 101)))) } });

        Assert.Equal(50035, longTitle["code"]!.GetValue<int>());
        Assert.NotNull(longTitle["errors"]!["data"]!["title"]!["_errors"]);
        Assert.NotNull(longLabel["errors"]!["data"]!["components"]!["0"]!["components"]!["0"]!["label"]);
        Assert.NotNull(sixButtons["errors"]!["data"]!["components"]!["0"]!["components"]!["_errors"]);
        Assert.NotNull(longId["errors"]!["data"]!["components"]!["0"]!["components"]!["0"]!["custom_id"]);
    }

    [Fact]
    public async Task Answers_carry_rating_buttons_on_their_last_message_only()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 60).Select(i => $"Paragraph {i}: " + new string('x', 80)));
        var feedback = new AnswerFeedback("phd-value", "do I need a PhD?");
        await using var bot = await DiscordBotHarness.StartAsync(configure: services => services.ReplaceReply(
            new Reply(ReplyKind.Answer, "phd-value", 1, text) { Feedback = feedback }));

        var question = await bot.Fake.SendMessageAsync("do I need a PhD?", mentionBot: true);
        var ask = await bot.Fake.SendCommandAsync("ask", new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = "do I need a PhD?" }));

        await FakeDiscordServer.WaitUntilAsync(() => bot.Fake.Messages.Count >= 3 && ask.Followups.Count >= 2, what: "both split answers");
        var expected = new[] { feedback.ButtonId(true, 100), feedback.ButtonId(false, 100) };
        var posts = bot.Fake.Messages;
        Assert.All(posts.SkipLast(1), m => Assert.Empty(ButtonIds(m)));
        Assert.Equal(expected, ButtonIds(posts[^1]));
        Assert.Equal(question, posts[0]["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Empty(ButtonIds(ask.Message));
        Assert.Empty(ButtonIds(ask.Followups[0]));
        Assert.Equal(expected, ButtonIds(ask.Followups[^1]));
        var emojis = posts[^1]["components"]![0]!["components"]!.AsArray().Select(b => b!["emoji"]!["name"]!.GetValue<string>());
        Assert.Equal(["👍", "👎"], emojis);
    }

    [Fact]
    public async Task A_thumbs_down_is_thanked_privately_counted_once_per_member_and_listed_by_kb_feedback()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var ask = await AnsweredAsync(await bot.Fake.SendCommandAsync("ask", new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = "do I need a PhD?" })));
        var down = ButtonIds(ask.Message).Single(id => id.StartsWith("rate:-:", StringComparison.Ordinal));

        var first = await AnsweredAsync(await bot.Fake.ClickButtonAsync(ask.Message!, down));
        var again = await AnsweredAsync(await bot.Fake.ClickButtonAsync(ask.Message!, down));
        var feedback = await AnsweredAsync(await bot.Fake.SendCommandAsync("kb", Sub("feedback"), userId: ModeratorId, permissions: ModeratorPermissions));

        Assert.Equal((4, 64), (first.CallbackType, first.Flags & 64));
        Assert.StartsWith("Thanks", first.Content);
        Assert.Equal(64, again.Flags & 64);
        Assert.Contains("already rated", again.Content);
        Assert.Contains("`phd-value` 👎 1 ", feedback.Content);
    }

    [Fact]
    public async Task A_rating_button_on_a_channel_answer_works_and_an_unknown_button_gets_a_private_notice()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var question = await bot.Fake.SendMessageAsync("do I need a PhD?", mentionBot: true);
        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(question).Count > 0, what: "the answer");
        var answer = bot.RepliesTo(question).Single();
        var up = ButtonIds(answer).Single(id => id.StartsWith("rate:+:", StringComparison.Ordinal));

        var click = await AnsweredAsync(await bot.Fake.ClickButtonAsync(answer, up));
        var stale = (JsonObject)answer.DeepClone();
        stale["components"]![0]!["components"]![0]!["custom_id"] = "vote:old-format";
        var unknown = await AnsweredAsync(await bot.Fake.ClickButtonAsync(stale, "vote:old-format"));

        Assert.Equal(64, click.Flags & 64);
        Assert.StartsWith("Thanks! Glad it helped", click.Content);
        Assert.Equal(64, unknown.Flags & 64);
        Assert.Equal(ReplyButtonClicks.StaleButton, unknown.Content);
    }
}

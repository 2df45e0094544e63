using System.Net;
using System.Text.Json.Nodes;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using CareerBot.FakeSlack;
using CareerBot.IntegrationTests.Storage;
using CareerBot.Slack;
using CareerBot.Slack.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Slack;

/// <summary>Issue #7 in Slack: the /kb edit modal (views.open, view_submission) and the 👍/👎 buttons under answers (block_actions).</summary>
public sealed class SlackInteractivityTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Moderator = "UMODERATOR";
    private const string SecondModerator = "UMODERATOR2";
    private const string NewPhdText = "**Not for most ML engineering jobs.** A PhD mainly helps for research roles; shipped projects count more.";
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = (await TestDatabase.CreateAsync(TestDatabase.Sqlite, output))!;

    public async Task DisposeAsync() => await _db.DisposeAsync();

    /// <summary>The bot on its own SQLite file, so edits in one test never reach another.</summary>
    private Task<SlackBotHost> StartBotAsync(FakeSlackServer fake, SlackMode mode = SlackMode.SocketMode, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>(_db.Settings)
        {
            ["Slack:ModeratorUserIds:0"] = Moderator,
            ["Slack:ModeratorUserIds:1"] = SecondModerator,
        };
        return SlackBotHost.StartAsync(fake, mode, settings, configure);
    }

    /// <summary>The real pipeline, except that /kb set waits for the test: a save that takes longer than Slack's 3 s.</summary>
    private sealed class HeldSave(IMessagePipeline inner, Task gate) : IMessagePipeline
    {
        public static void Wrap(IServiceCollection services, Task gate)
        {
            var real = services.Single(d => d.ServiceType == typeof(IMessagePipeline));
            services.Remove(real);
            services.AddSingleton(real.ImplementationType!);
            services.AddSingleton<IMessagePipeline>(sp => new HeldSave((IMessagePipeline)sp.GetRequiredService(real.ImplementationType!), gate));
        }

        public async ValueTask<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
        {
            if (message.Invocation is FormSubmission) await gate.WaitAsync(cancellationToken);
            return await inner.HandleAsync(message, cancellationToken);
        }
    }

    private static string CurrentBody(SlackBotHost bot, string id)
    {
        var entry = bot.Host.Services.GetRequiredService<KnowledgeBase>().Current.Find(id)!;
        return entry.Detail is null ? entry.Answer : entry.Answer + "\n\n<!-- more -->\n\n" + entry.Detail;
    }

    private static JsonObject Mention(string channel, string ts, string user) => new()
    {
        ["type"] = "app_mention", ["user"] = user, ["channel"] = channel, ["ts"] = ts,
        ["text"] = "<@UCAREERBOT> do I need a PhD to be an ML engineer?",
    };

    private static string AllText(FakePost post) => post.Text + " " + post.Blocks?.ToJsonString();

    [Fact]
    public async Task Moderator_kb_edit_opens_a_prefilled_modal_and_saving_it_changes_the_next_answer()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake);
        var before = CurrentBody(bot, "phd-value");

        var command = fake.SendSlashCommand("/kb", "edit phd-value", Moderator, "C0EDIT");

        var view = await Eventually.WaitForAsync(() => fake.Views.FirstOrDefault(), "views.open");
        Assert.Equal("kbedit:phd-value:0", view.CallbackId);
        Assert.Equal("C0EDIT", view.PrivateMetadata);
        Assert.Equal(Moderator, view.UserId);
        Assert.Equal(before, view.TextInput!.Value.InitialValue);
        Assert.Equal("Edit answer", view.View["title"]!["text"]!.GetValue<string>());
        Assert.Equal("Save", view.View["submit"]!["text"]!.GetValue<string>());
        Assert.Contains("phd-value", view.View["blocks"]![0]!.ToJsonString());
        Assert.Contains("version 0", view.View["blocks"]![0]!.ToJsonString());

        var envelope = fake.SendInteractive(fake.ViewSubmission(view.ViewId, NewPhdText));

        var answer = await Eventually.WaitForAsync(() => fake.ViewSubmissions.FirstOrDefault(), "the submission's ack");
        Assert.Null(answer.ResponseAction); // the modal closes
        Assert.Null(answer.Problem);
        Assert.True(Assert.Single(fake.Acks, a => a.EnvelopeId == envelope).OnDeliveringSocket);
        var confirmation = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "C0EDIT"), "the private confirmation");
        Assert.Equal("chat.postEphemeral", confirmation.Method);
        Assert.Equal(Moderator, confirmation.User);
        Assert.Contains("version 1", AllText(confirmation));
        // The modal replaced the text reply: nothing went to the command's response_url.
        Assert.DoesNotContain(fake.Responses, r => r.ResponseUrlId == command);

        fake.SendEvent(Mention("C0ASK", "1700000200.000100", "UMEMBER20"));
        var next = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "C0ASK"), "the next answer");
        Assert.Contains("A PhD mainly helps for research roles", AllText(next));
    }

    /// <summary>Moderator text that looks like /kb syntax (from:, comment:, id: of another entry) and carries quotes, HTML and a ZWJ emoji.</summary>
    private const string TrickyText = "from:0 comment: id:salary-senior says \"it depends\" & <b>not</b> 'always' 👩‍💻 ship projects.";

    /// <summary>Slack sends a slash command's text with &amp;, &lt; and &gt; escaped.</summary>
    private static string AsSlackSends(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static async Task<string> MemberAnswerAsync(FakeSlackServer fake, string channel, string ts)
    {
        fake.SendEvent(Mention(channel, ts, "UMEMBER22"));
        var post = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == channel), "the member's answer");
        return SlackMrkdwn.Unescape(post.Text);
    }

    [Fact]
    public async Task Moderator_text_that_looks_like_options_is_saved_and_served_byte_for_byte_through_the_command_and_the_modal()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake);
        var otherEntry = CurrentBody(bot, "salary-senior");

        // Typed text names the free-text option (markdown:), after which everything is the answer exactly as typed.
        var set = fake.SendSlashCommand("/kb", AsSlackSends("set phd-value markdown:" + TrickyText), Moderator, "C0EDIT");
        var saved = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == set), "the /kb set reply");
        Assert.Contains("version 1", saved.Text + saved.Blocks?.ToJsonString());
        Assert.StartsWith(TrickyText, CurrentBody(bot, "phd-value"));
        Assert.Equal(otherEntry, CurrentBody(bot, "salary-senior"));
        Assert.Contains(TrickyText, await MemberAnswerAsync(fake, "C0ASK1", "1700000300.000100"));

        fake.SendSlashCommand("/kb", "edit phd-value", Moderator, "C0EDIT");
        var view = await Eventually.WaitForAsync(() => fake.Views.FirstOrDefault(), "views.open");
        var formText = TrickyText.Replace("from:0", "from:1") + " (from the form)";
        fake.SendInteractive(fake.ViewSubmission(view.ViewId, formText));
        var answer = await Eventually.WaitForAsync(() => fake.ViewSubmissions.FirstOrDefault(), "the submission's ack");
        Assert.Null(answer.ResponseAction);
        Assert.Equal(formText, CurrentBody(bot, "phd-value").Split("\n\n<!-- more -->")[0]);
        Assert.Equal(otherEntry, CurrentBody(bot, "salary-senior"));
        Assert.Contains(formText, await MemberAnswerAsync(fake, "C0ASK2", "1700000400.000100"));
    }

    [Fact]
    public async Task A_stale_modal_whose_text_names_the_newest_version_is_still_refused_as_a_conflict()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake);
        fake.SendSlashCommand("/kb", "edit phd-value", Moderator, "C0EDIT");
        var view = await Eventually.WaitForAsync(() => fake.Views.FirstOrDefault(), "views.open");
        var set = fake.SendSlashCommand("/kb", "set phd-value " + NewPhdText, SecondModerator, "C0EDIT");
        await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == set), "the /kb set reply");

        // The modal was opened on version 0; text beginning "from:1" must not pass for a newer starting point.
        fake.SendInteractive(fake.ViewSubmission(view.ViewId, "from:1 " + TrickyText));

        var refused = await Eventually.WaitForAsync(() => fake.ViewSubmissions.FirstOrDefault(), "the submission's ack");
        Assert.Equal("errors", refused.ResponseAction);
        Assert.Contains("Not saved", refused.Errors["kb_answer"]);
        Assert.StartsWith(NewPhdText, CurrentBody(bot, "phd-value"));
    }

    [Fact]
    public async Task Stale_modal_over_http_stays_open_with_an_error_naming_the_newer_version_and_who_saved_it()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake, SlackMode.Http);

        var (first, _) = await fake.PostSlashCommandToBotAsync(bot.CommandsUrl, "/kb", "edit phd-value", Moderator, "C0EDIT");
        var (second, _) = await fake.PostSlashCommandToBotAsync(bot.CommandsUrl, "/kb", "edit phd-value", SecondModerator, "C0EDIT");
        first.Dispose();
        second.Dispose();
        await Eventually.WaitUntilAsync(() => fake.Views.Count == 2, "both modals");
        var views = fake.Views.ToDictionary(v => v.UserId);

        using var saved = await fake.PostInteractiveToBotAsync(bot.InteractivityUrl, fake.ViewSubmission(views[Moderator].ViewId, NewPhdText));
        using var stale = await fake.PostInteractiveToBotAsync(bot.InteractivityUrl, fake.ViewSubmission(views[SecondModerator].ViewId, "Second moderator's text."));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var outcomes = fake.ViewSubmissions.ToDictionary(s => s.UserId);
        Assert.Null(outcomes[Moderator].ResponseAction);
        var refused = outcomes[SecondModerator];
        output.WriteLine(refused.Errors.GetValueOrDefault("kb_answer"));
        Assert.Equal("errors", refused.ResponseAction);
        Assert.Null(refused.Problem);
        var reason = Assert.Single(refused.Errors).Value;
        Assert.Contains("Not saved", reason);
        Assert.Contains("version 1", reason);
        Assert.Contains("member-umoderator", reason); // who saved in between
        Assert.Contains("/kb set phd-value from:1", reason);
        Assert.DoesNotContain("```", reason);
        Assert.Contains("A PhD mainly helps for research roles", CurrentBody(bot, "phd-value"));
        Assert.DoesNotContain("Second moderator", CurrentBody(bot, "phd-value"));
    }

    [Fact]
    public async Task Submission_by_a_non_moderator_is_refused_in_the_modal_and_changes_nothing()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake);
        var before = CurrentBody(bot, "phd-value");
        fake.SendSlashCommand("/kb", "edit phd-value", Moderator, "C0EDIT");
        var view = await Eventually.WaitForAsync(() => fake.Views.FirstOrDefault(), "views.open");

        // A forged or replayed submission from a member: the adapter decides moderators on every call, not at views.open.
        fake.SendInteractive(fake.ViewSubmission(view.ViewId, "Members' spam", userId: "UMEMBER21"));

        var refused = await Eventually.WaitForAsync(() => fake.ViewSubmissions.FirstOrDefault(), "the submission's ack");
        Assert.Equal("errors", refused.ResponseAction);
        Assert.Contains("moderators only", refused.Errors["kb_answer"]);
        Assert.Equal(before, CurrentBody(bot, "phd-value"));
        await Task.Delay(300);
        Assert.DoesNotContain(fake.Posts, p => p.Channel == "C0EDIT");
    }

    [Fact]
    public async Task Body_too_long_for_a_text_field_gets_the_typed_kb_set_form_instead()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake);
        var pipeline = bot.Host.Services.GetRequiredService<IMessagePipeline>();
        var longText = string.Concat(Enumerable.Repeat("Research roles value a PhD. ", 100));
        var set = await pipeline.HandleAsync(new IncomingMessage("slack", "C0EDIT", new ChatUser("slack", Moderator, "mod", IsModerator: true),
            $"/kb set phd-value {longText[..600].TrimEnd()}\n\n<!-- more -->\n\n{longText[..2500].TrimEnd()}"), CancellationToken.None);
        Assert.Equal(ReplyKind.Answer, set.Kind);
        Assert.True(CurrentBody(bot, "phd-value").Length > 3000);

        var command = fake.SendSlashCommand("/kb", "edit phd-value", Moderator, "C0EDIT");

        var reply = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == command), "the text reply");
        Assert.Contains("/kb set phd-value from:1", reply.Text + reply.Blocks?.ToJsonString());
        Assert.Empty(fake.CallsTo("views.open"));
    }

    [Fact]
    public async Task Expired_trigger_falls_back_to_the_typed_kb_set_form()
    {
        await using var fake = await FakeSlackServer.StartAsync(options: new FakeSlackOptions { TriggerLifetime = TimeSpan.Zero });
        await using var bot = await StartBotAsync(fake);

        var command = fake.SendSlashCommand("/kb", "edit phd-value", Moderator, "C0EDIT");

        var reply = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == command), "the text reply");
        Assert.Contains("/kb set phd-value from:0", reply.Text + reply.Blocks?.ToJsonString());
        Assert.Single(fake.CallsTo("views.open"));
        Assert.Empty(fake.Views);
    }

    [Fact]
    public async Task Knowledge_answers_carry_rating_buttons_and_a_thumbs_down_is_thanked_privately_and_counted_once()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake);
        fake.SendEvent(Mention("C0RATE", "1700000201.000100", "UMEMBER22"));
        var answer = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "C0RATE"), "the answer");

        var actions = answer.Blocks!.OfType<JsonObject>().Single(b => b["block_id"]?.GetValue<string>() == "careerbot_answer");
        var buttons = actions["elements"]!.AsArray().Select(e => e!).ToList();
        Assert.Equal(["more", "rate_up", "rate_down"], buttons.Select(b => b["action_id"]!.GetValue<string>()));
        Assert.Equal(["More", "👍 Helpful", "👎 Not helpful"], buttons.Select(b => b["text"]!["text"]!.GetValue<string>()));
        Assert.StartsWith("rate:-:phd-value:", buttons[2]["value"]!.GetValue<string>());

        var (click, firstUrl) = fake.ButtonClick(answer, "rate_down", "UMEMBER23");
        fake.SendInteractive(click);
        var (again, secondUrl) = fake.ButtonClick(answer, "rate_down", "UMEMBER23");
        var thanks = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == firstUrl), "the thanks");
        fake.SendInteractive(again);
        var repeat = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == secondUrl), "the answer to the second click");

        Assert.Equal("ephemeral", thanks.ResponseType);
        Assert.False(thanks.ReplaceOriginal);
        Assert.Contains("Thanks for telling me", thanks.Text);
        Assert.Contains("already rated", repeat.Text);
        var feedbackCommand = fake.SendSlashCommand("/kb", "feedback", Moderator, "C0MODS");
        var feedback = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == feedbackCommand), "/kb feedback");
        Assert.Contains("`phd-value` 👎 1", feedback.Text + feedback.Blocks?.ToJsonString());
        Assert.DoesNotContain("👍 1", feedback.Text);
    }

    [Fact]
    public async Task A_knowledge_answer_is_one_message_whose_more_and_follow_up_buttons_answer_in_its_thread()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake);
        var knowledge = bot.Host.Services.GetRequiredService<KnowledgeBase>().Current;
        var phd = knowledge.Find("phd-value")!;
        fake.SendEvent(Mention("C0MORE", "1700000210.000100", "UMEMBER40"));
        var answer = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "C0MORE"), "the answer");
        await Task.Delay(300);

        Assert.Single(fake.Posts, p => p.Channel == "C0MORE");
        Assert.Equal("1700000210.000100", answer.ThreadTs);
        var json = AllText(answer);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "Sources"));
        Assert.DoesNotContain("hands-on experience often counts for more. Someone who", json); // a sentence of the detail only
        var question = answer.Blocks!.OfType<JsonObject>().Single(b => b["block_id"]?.GetValue<string>() == "careerbot_questions")["elements"]![0]!;
        var asked = question["value"]!.GetValue<string>()["ask:".Length..];

        var (more, _) = fake.ButtonClick(answer, "more", "UMEMBER41");
        fake.SendInteractive(more);
        var detail = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "C0MORE" && p.Ts != answer.Ts), "the detail");
        Assert.Equal(("chat.postMessage", "1700000210.000100"), (detail.Method, detail.ThreadTs));
        Assert.Contains("Someone who has shipped several complex models", detail.Text);

        var (ask, _) = fake.ButtonClick(answer, "ask_0", "UMEMBER41");
        fake.SendInteractive(ask);
        var followUp = await Eventually.WaitForAsync(() => fake.Posts.Skip(2).FirstOrDefault(p => p.Channel == "C0MORE"), "the follow-up answer");
        var expected = knowledge.Ordered.Single(e => e.Questions[0] == asked);
        Assert.Equal("1700000210.000100", followUp.ThreadTs);
        Assert.Contains(expected.Answer.Replace("*", "", StringComparison.Ordinal)[..15], followUp.Text.Replace("*", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rating_buttons_on_a_slash_command_answer_sent_through_response_url_work_too()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake);
        var command = fake.SendSlashCommand("/ask", "do I need a PhD?", "UMEMBER30", "C0ASK");
        var answer = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == command), "the answer");

        var actions = answer.Blocks!.OfType<JsonObject>().Single(b => b["block_id"]?.GetValue<string>() == "careerbot_answer");
        var down = actions["elements"]!.AsArray().OfType<JsonObject>().Single(e => e["action_id"]!.GetValue<string>() == "rate_down");
        // A response_url message: Slack gives the click its container; an ephemeral one has no message object.
        var (click, url) = fake.ButtonClick("C0ASK", "1700000300.000100", ephemeral: answer.ResponseType == "ephemeral",
            actions["block_id"]!.GetValue<string>(), down, "UMEMBER31");
        fake.SendInteractive(click);

        var thanks = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == url), "the thanks");
        Assert.Equal("ephemeral", thanks.ResponseType);
        Assert.Contains("Thanks for telling me", thanks.Text);
        var feedbackCommand = fake.SendSlashCommand("/kb", "feedback", Moderator, "C0MODS");
        var feedback = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == feedbackCommand), "/kb feedback");
        Assert.Contains("`phd-value` 👎 1", feedback.Text + feedback.Blocks?.ToJsonString());
    }

    [Fact]
    public async Task Button_click_over_signed_http_is_acknowledged_and_a_stale_button_says_it_no_longer_works()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake, SlackMode.Http);
        using (await fake.PostEventToBotAsync(bot.EventsUrl, Mention("C0RATE", "1700000202.000100", "UMEMBER24"))) { }
        var answer = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "C0RATE"), "the answer");

        var (up, upUrl) = fake.ButtonClick(answer, "rate_up", "UMEMBER25");
        var (old, oldUrl) = fake.ButtonClick("C0RATE", answer.Ts, ephemeral: false, "careerbot_rating",
            new JsonObject { ["type"] = "button", ["action_id"] = "rate_up", ["value"] = "v1-rating-7", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "👍" } }, "UMEMBER25");
        using var upResponse = await fake.PostInteractiveToBotAsync(bot.InteractivityUrl, up);
        using var oldResponse = await fake.PostInteractiveToBotAsync(bot.InteractivityUrl, old);
        using var forged = await fake.PostInteractiveToBotAsync(bot.InteractivityUrl, up, SignatureTamper.WrongSecret);

        Assert.Equal(HttpStatusCode.OK, upResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, oldResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        var thanks = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == upUrl), "the thanks");
        var stale = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == oldUrl), "the stale-button answer");
        Assert.Contains("Glad it helped", thanks.Text);
        Assert.Equal("ephemeral", stale.ResponseType);
        Assert.Contains("no longer works", stale.Text);
    }

    [Fact]
    public async Task A_save_slower_than_slacks_deadline_closes_the_modal_in_time_and_the_verdict_follows_privately()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake, configure: services => HeldSave.Wrap(services, gate.Task));
        fake.SendSlashCommand("/kb", "edit phd-value", Moderator, "C0SLOW");
        var view = await Eventually.WaitForAsync(() => fake.Views.FirstOrDefault(), "views.open");

        var envelope = fake.SendInteractive(fake.ViewSubmission(view.ViewId, NewPhdText));

        // The save is still held, so the ack went out on its own (after ModalAckDeadline) and closed the modal.
        await Eventually.WaitForAsync(() => fake.Acks.FirstOrDefault(a => a.EnvelopeId == envelope), "the ack without a verdict");
        Assert.Null(Assert.Single(fake.ViewSubmissions).ResponseAction);
        Assert.DoesNotContain(fake.Posts, p => p.Channel == "C0SLOW");
        gate.SetResult();
        var verdict = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "C0SLOW"), "the verdict");
        Assert.Equal("chat.postEphemeral", verdict.Method);
        Assert.Contains("version 1", AllText(verdict));
    }
}

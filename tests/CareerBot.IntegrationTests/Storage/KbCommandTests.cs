using CareerBot.Core.Answers;
using CareerBot.Core.Messages;
using CareerBot.Core.Moderation;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static CareerBot.IntegrationTests.Storage.ModerationHost;

namespace CareerBot.IntegrationTests.Storage;

/// <summary>The /kb commands through the real host and pipeline, on SQLite and (when configured) PostgreSQL.</summary>
public class KbCommandTests(ITestOutputHelper output)
{
    private const string VisaQuestions = "do companies sponsor visas for ml engineers | h1b sponsorship for ml jobs | work visa machine learning job | can I get a visa sponsored as an ml engineer | o1 visa for ml researchers | green card as an ml engineer | visa sponsorship ml roles | do ml teams hire people who need a visa";
    private const string NewPhdText = "**Not for most ML engineering jobs.** A PhD mainly helps for research roles.";

    public static TheoryData<string> Databases => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [Theory, MemberData(nameof(Databases))]
    public async Task Set_changes_the_next_answer_and_show_names_version_and_author(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db.Settings);

        var saved = await host.SendAsync($"/kb set phd-value {NewPhdText}", Bob);
        Assert.Equal(ReplyKind.Answer, saved.Kind);
        Assert.Contains("version 1", saved.Markdown);

        var answer = await host.SendAsync("do I need a phd");
        Assert.Equal("phd-value", answer.Intent);
        Assert.Equal(NewPhdText, answer.Markdown);

        var show = await host.SendAsync("/kb show phd-value", Alice);
        Assert.Contains("version 1", show.Markdown);
        Assert.Contains("set by bob (discord)", show.Markdown);
        Assert.Contains(NewPhdText, show.Markdown);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Teach_makes_the_router_match_the_new_phrasing(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db.Settings);
        const string question = "is five more years in a lab worth the grind";
        Assert.NotEqual("phd-value", (await host.SendAsync(question)).Intent);

        var taught = await host.SendAsync($"/kb teach phd-value {question}", Alice);

        Assert.Equal(ReplyKind.Answer, taught.Kind);
        Assert.Equal("phd-value", (await host.SendAsync(question)).Intent);
        Assert.Contains(question, host.Knowledge.Current.Find("phd-value")!.Questions);
    }

    [Theory]
    [InlineData("console")]
    [InlineData("discord")]
    [InlineData("slack")]
    public async Task Non_moderators_are_refused_politely_on_every_platform_and_nothing_changes(string platform)
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        await using var host = await StartAsync(db!.Settings);
        var member = new ChatUser(platform, "u1", "member");
        var before = host.Knowledge.Current.Find("phd-value")!.Answer;

        foreach (var command in new[] { $"/kb set phd-value {NewPhdText}", "/kb teach phd-value lab years", "/kb revert phd-value 0", "/kb show phd-value" })
        {
            var reply = await host.SendAsync(command, member);
            Assert.Equal(ReplyKind.InputError, reply.Kind);
            Assert.Contains("for moderators only", reply.Markdown);
        }

        Assert.Equal(before, host.Knowledge.Current.Find("phd-value")!.Answer);
        Assert.Empty(await host.Services.GetRequiredService<IRevisionStore>().HistoryAsync("phd-value", CancellationToken.None));
        // The same command from a moderator on that platform works.
        Assert.Equal(ReplyKind.Answer, (await host.SendAsync("/kb show phd-value", member with { IsModerator = true })).Kind);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task An_edit_from_an_old_version_is_refused_and_shows_the_other_change(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db.Settings);
        Assert.Equal(ReplyKind.Answer, (await host.SendAsync("/kb set phd-value from:0 Bob's version of the answer.", Bob)).Kind);

        var late = await host.SendAsync("/kb set phd-value from:0 Alice's version of the answer.", Alice);

        Assert.Equal(ReplyKind.InputError, late.Kind);
        Assert.Contains("Not saved", late.Markdown);
        Assert.Contains("bob (discord)", late.Markdown);
        Assert.Contains("+ Bob's version of the answer.", late.Markdown);
        Assert.Contains("from:1", late.Markdown);
        Assert.Contains("Alice's version of the answer.", late.Detail); // her text is handed back, not lost
        Assert.Equal("Bob's version of the answer.", host.Knowledge.Current.Find("phd-value")!.Answer);

        var retried = await host.SendAsync("/kb set phd-value from:1 Alice's version of the answer.", Alice);
        Assert.Equal(ReplyKind.Answer, retried.Kind);
        Assert.Contains("version 2", retried.Markdown);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Revert_is_a_new_version_and_history_and_diff_show_the_changes(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db.Settings);
        var original = host.Knowledge.Current.Find("phd-value")!.Answer;
        await host.SendAsync("/kb set phd-value First rewrite.", Alice);
        await host.SendAsync("/kb set phd-value comment:\"tone\" Second rewrite.", Bob);

        var revert = await host.SendAsync("/kb revert phd-value 0", Alice);

        Assert.Equal(ReplyKind.Answer, revert.Kind);
        Assert.Contains("version 3", revert.Markdown);
        Assert.Equal(original, host.Knowledge.Current.Find("phd-value")!.Answer);
        var history = await host.SendAsync("/kb history phd-value", Alice);
        var lines = history.Markdown.Split('\n');
        Assert.Contains(lines, l => l.Contains("version 3 · revert by alice (console)") && l.Contains("revert to version 0"));
        Assert.Contains(lines, l => l.Contains("version 2 · set by bob (discord)") && l.Contains("“tone”"));
        Assert.Contains(lines, l => l.Contains("version 1 · set by alice (console)"));
        Assert.Contains(lines, l => l.Contains("version 0 · the reviewed file"));

        var diff = await host.SendAsync("/kb diff phd-value 1 2", Alice);
        Assert.StartsWith("**phd-value** version 1 → 2\n```diff\n", diff.Markdown);
        Assert.Contains("- First rewrite.", diff.Markdown);
        Assert.Contains("+ Second rewrite.", diff.Markdown);
        Assert.EndsWith("```", diff.Markdown);

        var missing = await host.SendAsync("/kb diff phd-value 1 9", Alice);
        Assert.Equal(ReplyKind.InputError, missing.Kind);
        Assert.Contains("versions 0 to 3; there is no version 9", missing.Markdown);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Add_creates_an_entry_that_answers_at_once(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db.Settings);

        var added = await host.SendAsync($"/kb add id:visa-sponsorship title:\"Visa sponsorship\" questions:\"{VisaQuestions}\" answer:\"Many large companies sponsor H-1B visas for ML roles.\"", Bob);

        Assert.Equal(ReplyKind.Answer, added.Kind);
        var answer = await host.SendAsync("does anyone sponsor an h1b visa for ml jobs");
        Assert.Equal("visa-sponsorship", answer.Intent);
        Assert.Equal("Many large companies sponsor H-1B visas for ML roles.", answer.Markdown);

        var again = await host.SendAsync($"/kb add id:visa-sponsorship title:\"Visa\" questions:\"{VisaQuestions}\" answer:\"Other\"", Alice);
        Assert.Equal(ReplyKind.InputError, again.Kind);
        Assert.Contains("already exists", again.Markdown);
    }

    [Theory]
    [InlineData("/kb set phd-value @everyone read this", "`@everyone`")]
    [InlineData("/kb set phd-value ping <!channel> now", "`<!channel>`")]
    [InlineData("/kb set phd-value hey <@&112233445566> team", "`<@&112233445566>`")]
    [InlineData("/kb teach phd-value @here is a phd worth it", "`@here`")]
    [InlineData("/kb set no-such-entry New text", "no answer with id `no-such-entry`")]
    [InlineData("/kb set phd-value", "needs markdown")]
    [InlineData("/kb set phd-value from:x New text", "from must be a version number")]
    [InlineData("/kb set phd-value from:7 New text", "has no version 7 yet; its newest version is 0")]
    [InlineData("/kb revert phd-value 5", "has no version 5")]
    [InlineData("/kb teach phd-value Do I need a PhD to be a machine learning engineer?", "already a phrasing")]
    [InlineData("/kb teach phd-value average mle salary", "already belongs to")]
    [InlineData("/kb add id:Bad_Id title:\"T\" questions:\"a | b\" answer:\"x\"", "lower-case letters")]
    [InlineData("/kb add id:visa title:\"Visa\" questions:\"a | b\" answer:\"x\"", "needs at least 8 questions, has 2")]
    [InlineData("/kb add id:visa questions:\"a | b\" answer:\"x\"", "needs title")]
    [InlineData("/kb frobnicate phd-value", "is not a /kb command")]
    public async Task Invalid_changes_are_refused_with_the_reason_and_nothing_changes(string command, string reason)
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        await using var host = await StartAsync(db!.Settings);
        var before = host.Knowledge.Current;

        var reply = await host.SendAsync(command, Alice);

        Assert.Equal(ReplyKind.InputError, reply.Kind);
        // The pipeline breaks any mention in every reply with a word joiner, including the one quoted back here.
        Assert.Contains(reason, reply.Markdown.Replace("\u2060", ""));
        Assert.Contains("/kb ", reply.Markdown); // an example or the list of commands
        Assert.Same(before, host.Knowledge.Current);
        Assert.Empty((await host.Services.GetRequiredService<IRevisionStore>().LatestAsync(CancellationToken.None)).Revisions);
    }

    [Fact]
    public async Task List_search_and_edit_read_the_served_answers()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        await using var host = await StartAsync(db!.Settings);
        await host.SendAsync("/kb set salary-senior Senior pay, revised.", Alice);

        var list = await host.SendAsync("/kb list salary", Alice);
        var search = await host.SendAsync("/kb search doctorate", Alice);
        var edit = await host.SendAsync("/kb edit salary-senior", Alice);

        Assert.Contains("- `salary-senior` v1 — ", list.Markdown);
        Assert.Contains("- `salary-overview` v0 — ", list.Markdown);
        Assert.DoesNotContain("phd-value", list.Markdown);
        Assert.Contains("- `phd-value` — ", search.Markdown); // "doctorate" reads as "phd", as the router reads it
        Assert.DoesNotContain("`remote-work`", search.Markdown);
        Assert.True(search.Markdown.IndexOf("`phd-value`") < search.Markdown.IndexOf("`greeting`"), "phrasings rank above answer text");
        Assert.Contains("`/kb set salary-senior from:1 <new text>`", edit.Markdown);
        Assert.Contains("Senior pay, revised.", edit.Markdown);
        var form = await host.Services.GetRequiredService<KnowledgeHistory>().EditFormAsync("salary-senior", CancellationToken.None);
        // Without the more-marker the set kept the detail, which the form shows after the marker.
        var senior = host.Knowledge.Current.Find("salary-senior")!;
        Assert.Equal(new KnowledgeEditForm("salary-senior", 1, senior.Title, "Senior pay, revised.\n\n<!-- more -->\n\n" + senior.Detail), form);
    }

    [Fact]
    public async Task Set_without_the_more_marker_keeps_the_detail_and_with_it_replaces_both()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        await using var host = await StartAsync(db!.Settings);
        var detail = host.Knowledge.Current.Find("core-skills")!.Detail;
        Assert.NotNull(detail);

        await host.SendAsync("/kb set core-skills Short new answer.", Alice);
        Assert.Equal(("Short new answer.", detail), (host.Knowledge.Current.Find("core-skills")!.Answer, host.Knowledge.Current.Find("core-skills")!.Detail));

        await host.SendAsync("/kb set core-skills Answer two. <!-- more --> Detail two.", Alice);
        var reply = await host.SendAsync("what skills do I need for ml engineering");
        Assert.Equal(("core-skills", "Answer two.", "Detail two."), (reply.Intent, reply.Markdown, reply.Detail));
    }

    [Fact]
    public async Task An_over_long_or_empty_answer_is_refused()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        await using var host = await StartAsync(db!.Settings);

        var tooLong = await host.SendAsync("/kb set phd-value " + new string('a', 601), Alice);
        var empty = await host.SendAsync("/kb set phd-value <!-- more --> only detail", Alice);

        // Replies break "<!" with a word joiner (it would be a Slack mention); the text reads the same.
        Assert.Contains("the lead (text before '<!-- more -->') is 601 characters; the limit is 600", tooLong.Markdown.Replace("\u2060", "", StringComparison.Ordinal));
        Assert.Contains("Example: `/kb set phd-value", tooLong.Markdown);
        Assert.Contains("the lead (text after the front matter, before '<!-- more -->') is empty", empty.Markdown.Replace("\u2060", "", StringComparison.Ordinal));
        Assert.Equal(0, host.Services.GetRequiredService<KnowledgeOverlay>().VersionOf("phd-value"));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_restart_keeps_every_revision(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using (var first = await StartAsync(db.Settings))
        {
            await first.SendAsync("/kb set phd-value One.", Alice);
            await first.SendAsync("/kb teach phd-value is five more years in a lab worth the grind", Bob);
            await first.SendAsync("/kb set phd-value Three.", Alice);
        }

        await using var second = await StartAsync(db.Settings);

        Assert.Equal("Three.", (await second.SendAsync("do I need a phd")).Markdown);
        Assert.Equal("phd-value", (await second.SendAsync("is five more years in a lab worth the grind")).Intent);
        var history = await second.Services.GetRequiredService<IRevisionStore>().HistoryAsync("phd-value", CancellationToken.None);
        Assert.Equal([3, 2, 1], history.Select(r => r.Version));
        Assert.Equal([RevisionKind.Set, RevisionKind.Teach, RevisionKind.Set], history.Select(r => r.Kind));
        Assert.Equal(new RevisionAuthor("discord", "1234", "bob"), history[1].Author);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Unanswered_questions_are_grouped_and_rated_down_answers_listed(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using (var first = await StartAsync(db.Settings))
        {
            foreach (var q in new[] { "how do I bake sourdough bread", "How do I bake sourdough bread?", "bake sourdough bread how", "what is the best pizza topping", "do I need a phd" })
                await first.SendAsync(q);
            var log = first.Services.GetRequiredService<IQuestionLog>();
            await log.RecordFeedbackAsync("phd-value", "do I need a phd", helpful: false, CancellationToken.None);
            await log.RecordFeedbackAsync("phd-value", "is a phd worth it", helpful: false, CancellationToken.None);
            await log.RecordFeedbackAsync("phd-value", "phd?", helpful: true, CancellationToken.None);
        } // stopping drains the queued questions into the log

        await using var second = await StartAsync(db.Settings);
        var unanswered = await second.SendAsync("/kb unanswered 7", Alice);
        var feedback = await second.SendAsync("/kb feedback", Alice);

        var lines = unanswered.Markdown.Split('\n');
        Assert.Contains("1. 3× `", lines[1]);
        Assert.Contains("sourdough", lines[1]);
        Assert.Contains("2. 1× `what is the best pizza topping`", lines[2]);
        Assert.DoesNotContain("do I need a phd", unanswered.Markdown); // answered confidently
        Assert.Contains("`phd-value` 👎 2 · 👍 1 — e.g. `is a phd worth it`", feedback.Markdown);
    }

    [Fact]
    public async Task A_submitted_edit_form_saves_as_a_typed_kb_set_and_a_stale_one_is_refused()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        await using var host = await StartAsync(db!.Settings);
        var opened = (await host.SendAsync("/kb edit phd-value", Alice)).EditForm!;
        var openedTwice = (await host.SendAsync("/kb edit phd-value", Bob)).EditForm!;

        var saved = await host.SubmitFormAsync(opened.ModalId, NewPhdText, Alice);
        var stale = await host.SubmitFormAsync(openedTwice.ModalId, "Bob's text", Bob);
        var member = await host.SubmitFormAsync(opened.ModalId, "spam", Member);

        Assert.Equal(("phd-value", 0), (opened.EntryId, opened.Version));
        Assert.Equal(NewPhdText, host.Knowledge.Current.Find("phd-value")!.Answer);
        Assert.Equal(ReplyKind.Answer, saved.Kind);
        Assert.Equal(ReplyKind.InputError, stale.Kind);
        Assert.Contains(NewPhdText, stale.Markdown); // shows what changed since Bob opened the modal
        Assert.Equal(ReplyKind.InputError, member.Kind);
        Assert.Single(await host.Services.GetRequiredService<IRevisionStore>().HistoryAsync("phd-value", CancellationToken.None));
    }

    [Fact]
    public async Task Rating_buttons_count_each_member_once_per_answer_and_show_in_kb_feedback()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        await using var host = await StartAsync(db!.Settings);
        var answer = await host.SendAsync("do I need a phd");
        var down = answer.Feedback!.ButtonId(helpful: false, maxLength: 100);
        var recorder = host.Services.GetRequiredService<AnswerRatingRecorder>();

        var first = await recorder.RecordAsync(Bob, "message-1", down, CancellationToken.None);
        var again = await recorder.RecordAsync(Bob, "message-1", down, CancellationToken.None);
        await recorder.RecordAsync(Alice, "message-1", down, CancellationToken.None);
        await recorder.RecordAsync(Bob, "message-2", answer.Feedback.ButtonId(helpful: true, maxLength: 100), CancellationToken.None);
        var other = await recorder.RecordAsync(Bob, "message-1", "help-button", CancellationToken.None);
        var feedback = await host.SendAsync("/kb feedback", Alice);

        Assert.True(first!.IsPrivate);
        Assert.Contains("already rated", again!.Markdown);
        Assert.Null(other);
        Assert.Contains("`phd-value` 👎 2 · 👍 1 — e.g. `do I need a phd`", feedback.Markdown);
    }

    [Fact]
    public async Task Members_text_in_unanswered_and_feedback_is_shown_inert_and_forged_rating_ids_are_refused()
    {
        const string bait = "[Mods: urgent](https://evil.example) **click** <@&123456> `x`";
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        await using (var first = await StartAsync(db!.Settings))
        {
            await first.SendAsync(bait);
            var recorder = first.Services.GetRequiredService<AnswerRatingRecorder>();
            Assert.NotNull(await recorder.RecordAsync(Bob, "m1", new AnswerFeedback("phd-value", bait).ButtonId(helpful: false, maxLength: 100), CancellationToken.None));
            Assert.Null(await recorder.RecordAsync(Bob, "m2", new AnswerFeedback("[evil](https://evil.example)", "hi").ButtonId(helpful: false, maxLength: 100), CancellationToken.None));
            Assert.Null(await recorder.RecordAsync(Bob, "m3", new AnswerFeedback("no-such-entry", "hi").ButtonId(helpful: false, maxLength: 100), CancellationToken.None));
        }

        await using var second = await StartAsync(db.Settings);
        var unanswered = (await second.SendAsync("/kb unanswered", Alice)).Markdown;
        var feedback = (await second.SendAsync("/kb feedback", Alice)).Markdown;

        foreach (var view in new[] { unanswered, feedback })
        {
            Assert.Contains("`[Mods: urgent](https://evil.example) **click** <\u2060@&123456> x`", view);
            Assert.DoesNotMatch(@"(?<!`)\[Mods", view);
        }
        Assert.DoesNotContain("no-such-entry", feedback);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task An_answer_added_without_a_source_is_shown_as_the_moderators_own_and_a_source_given_is_shown(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db.Settings);

        await host.SendAsync($"/kb add id:visa-sponsorship title:\"Visa sponsorship\" questions:\"{VisaQuestions}\" answer:\"Many large companies sponsor H-1B visas for ML roles.\"", Bob);
        var unsourced = await host.SendAsync("does anyone sponsor an h1b visa for ml jobs");
        var sourced = await host.SendAsync("/kb set visa-sponsorship source:\"https://www.uscis.gov/h-1b | USCIS H-1B page\" Employers file the H-1B petition for the worker.", Alice);
        var answer = await host.SendAsync("does anyone sponsor an h1b visa for ml jobs");
        var typo = await host.SendAsync("/kb set visa-sponsorship Employers file the H-1B petition for their worker.", Alice);
        var kept = await host.SendAsync("does anyone sponsor an h1b visa for ml jobs");
        var empty = await host.SendAsync("/kb set visa-sponsorship source:\"|\" Text", Alice);

        Assert.Equal("visa-sponsorship", unsourced.Intent);
        Assert.Equal([KnowledgeReply.ModeratorsWroteIt], unsourced.Sources);
        Assert.Empty((await host.SendAsync("hi")).Sources); // small talk states no facts
        Assert.Equal(ReplyKind.Answer, sourced.Kind);
        Assert.Equal(["https://www.uscis.gov/h-1b", "USCIS H-1B page"], answer.Sources);
        Assert.Equal(ReplyKind.Answer, typo.Kind);
        Assert.Equal("Employers file the H-1B petition for their worker.", kept.Markdown);
        Assert.Equal(["https://www.uscis.gov/h-1b", "USCIS H-1B page"], kept.Sources);
        Assert.Equal(ReplyKind.InputError, empty.Kind);
        Assert.Contains("source: is empty", empty.Markdown);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Retire_stops_serving_an_answer_as_a_new_version_and_revert_brings_it_back(string kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, output);
        if (db is null) return;
        await using var host = await StartAsync(db.Settings);
        Assert.Equal("phd-value", (await host.SendAsync("do I need a phd")).Intent);

        var retired = await host.SendAsync("/kb retire phd-value", Bob);
        var afterRetire = await host.SendAsync("do I need a phd");
        var servedAfterRetire = host.Knowledge.Current.Find("phd-value");
        var twice = await host.SendAsync("/kb retire phd-value", Bob);
        var listed = await host.SendAsync("/kb list", Alice);
        var history = await host.SendAsync("/kb history phd-value", Alice);
        // education-masters-bootcamp lists phd-value as related: it can still be changed.
        var related = await host.SendAsync("/kb teach education-masters-bootcamp would a part time masters help me move into ml", Alice);
        var back = await host.SendAsync("/kb revert phd-value 0", Alice);
        var afterRevert = await host.SendAsync("do I need a phd");

        Assert.Equal(ReplyKind.Answer, retired.Kind);
        Assert.Contains("Retired **phd-value** (version 1)", retired.Markdown);
        Assert.Contains("/kb revert phd-value 0", retired.Markdown);
        Assert.NotEqual("phd-value", afterRetire.Intent);
        Assert.Null(servedAfterRetire);
        Assert.Contains("already retired", twice.Markdown);
        Assert.DoesNotContain("`phd-value`", listed.Markdown + listed.Detail);
        Assert.Contains("version 1 · retire by bob (discord)", history.Markdown);
        Assert.Equal(ReplyKind.Answer, related.Kind);
        Assert.Equal(ReplyKind.Answer, back.Kind);
        Assert.Contains("retire it again with `/kb retire phd-value`", back.Markdown);
        Assert.Equal("phd-value", afterRevert.Intent);
        Assert.Equal([RevisionKind.Revert, RevisionKind.Retire], (await host.Services.GetRequiredService<IRevisionStore>().HistoryAsync("phd-value", CancellationToken.None)).Select(r => r.Kind));
    }

    [Theory]
    [InlineData("Storage:DataDirectory", "a file, not a folder")]
    [InlineData("Storage:ConnectionString", "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2")]
    public async Task With_the_database_down_at_start_the_bot_answers_from_the_files_and_refuses_edits(string key, string value)
    {
        var blocker = Path.GetTempFileName(); // a file where the data folder should be
        try
        {
            var settings = key == "Storage:DataDirectory"
                ? new Dictionary<string, string?> { [key] = Path.Combine(blocker, "data") }
                : new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSql", [key] = value };
            await using var host = await StartAsync(settings);

            var answer = await host.SendAsync("do I need a phd");
            var refused = await host.SendAsync("/kb set phd-value New text.", Alice);

            Assert.Equal(("phd-value", ReplyKind.Answer), (answer.Intent, answer.Kind));
            Assert.Equal(ReplyKind.InputError, refused.Kind);
            Assert.Contains("The answer database is unavailable right now", refused.Markdown);
            Assert.NotEqual("New text.", (await host.SendAsync("do I need a phd")).Markdown);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task A_locked_database_refuses_edits_clearly_while_answers_keep_flowing()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite, output);
        var settings = new Dictionary<string, string?>(db!.Settings) { ["Storage:BusyTimeoutSeconds"] = "1" };
        await using var host = await StartAsync(settings);
        await host.SendAsync("/kb set phd-value Before the lock.", Alice);

        await using (var locker = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.SqlitePath};Pooling=False"))
        {
            await locker.OpenAsync();
            await using var exclusive = locker.CreateCommand();
            exclusive.CommandText = "BEGIN EXCLUSIVE";
            await exclusive.ExecuteNonQueryAsync();

            var refused = await host.SendAsync("/kb set phd-value During the lock.", Alice);
            Assert.Equal(ReplyKind.InputError, refused.Kind);
            Assert.Contains("database is unavailable right now", refused.Markdown);
            Assert.Contains("Nothing was changed", refused.Markdown);
            Assert.Equal("Before the lock.", (await host.SendAsync("do I need a phd")).Markdown);
        }

        Assert.Equal(ReplyKind.Answer, (await host.SendAsync("/kb set phd-value After the lock.", Alice)).Kind);
        var history = await host.Services.GetRequiredService<IRevisionStore>().HistoryAsync("phd-value", CancellationToken.None);
        Assert.Equal(["After the lock.", "Before the lock."], history.Select(r => r.Content.Answer));
    }
}

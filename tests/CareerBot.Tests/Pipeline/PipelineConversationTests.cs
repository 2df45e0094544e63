using System.Text.Json;
using CareerBot.Core.Messages;

namespace CareerBot.Tests.Pipeline;

public class PipelineConversationTests : IClassFixture<PipelineConversationTests.BotFixture>
{
    public sealed class BotFixture : IDisposable
    {
        public TestBot Bot { get; } = new();
        public void Dispose() => Bot.Dispose();
    }

    private readonly TestBot _bot;

    public PipelineConversationTests(BotFixture fixture) => _bot = fixture.Bot;

    [Fact]
    public async Task PhD_question_gets_the_sourced_phd_answer()
    {
        var reply = await _bot.AskAsync("do I need a PhD to be an ML engineer?");
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("phd-value", reply.Intent);
        Assert.Contains("PhD", reply.Markdown);
        Assert.Contains(reply.Sources, s => s.Contains("Why Are ML Engineers Paid So Much?", StringComparison.Ordinal));
        Assert.InRange(reply.FollowUps.Count, 1, 3);
    }

    [Theory]
    [InlineData("whats the TC for a new grad MLE", "salary-entry-level")]
    [InlineData("how much do senior ml engineers make", "salary-senior")]
    [InlineData("machien lerning engineer salery for staff level", "salary-staff-principal")]
    [InlineData("hi there", "greeting")]
    [InlineData("thx!", "thanks")]
    [InlineData("what can you do?", "help")]
    public async Task Slang_typos_and_small_talk_are_understood(string question, string intent) =>
        Assert.Equal(intent, (await _bot.AskAsync(question, conversation: Guid.NewGuid().ToString())).Intent);

    [Theory]
    [InlineData("what's the weather in Paris tomorrow?")]
    [InlineData("give me a recipe for lasagna")]
    [InlineData("how much do nurses make")]
    public async Task Out_of_scope_is_declined_with_what_the_bot_can_do(string question)
    {
        var reply = await _bot.AskAsync(question, conversation: Guid.NewGuid().ToString());
        Assert.Equal(ReplyKind.Decline, reply.Kind);
        Assert.Equal(Reply.NoIntent, reply.Intent);
        Assert.Contains("/help", reply.Markdown);
    }

    [Fact]
    public async Task Follow_up_about_a_level_stays_on_salary()
    {
        var conversation = Guid.NewGuid().ToString();
        Assert.Equal("salary-mid-level", (await _bot.AskAsync("how much does a mid-level ML engineer make?", conversation)).Intent);
        Assert.Equal("salary-senior", (await _bot.AskAsync("and for senior?", conversation)).Intent);
    }

    [Fact]
    public async Task Follow_up_about_a_place_keeps_the_level_and_quotes_what_the_sources_say_about_the_place()
    {
        var reply = await FollowUpAsync("what do senior MLEs earn?", "what about Seattle?");
        Assert.Equal("salary-senior", reply.Intent);
        Assert.Contains("no article gives figures for Seattle alone", reply.Markdown);
        Assert.Contains("$160,000–$220,000+", reply.Markdown);
        // The senior text was just shown: only its figures come back, not the whole answer.
        Assert.DoesNotContain("The articles don't reconcile these", reply.Markdown);
    }

    [Theory]
    [InlineData("whats the difference between base and tc", "ok what about seniors", "salary-senior")]
    [InlineData("where do your numbers come from", "and for staff?", "salary-staff-principal")]
    [InlineData("is the entry level range base or tc", "what about mid level", "salary-mid-level")]
    public async Task A_level_change_after_a_pay_meta_answer_gives_that_levels_pay(string first, string second, string intent) =>
        Assert.Equal(intent, (await FollowUpAsync(first, second)).Intent);

    [Fact]
    public async Task A_place_change_after_a_pay_meta_answer_gives_pay_with_the_place_note()
    {
        var reply = await FollowUpAsync("is that figure base or total comp", "and in nyc?");
        Assert.True(reply.Intent.StartsWith("salary-", StringComparison.Ordinal), reply.Intent);
        Assert.Contains("New York", reply.Markdown);
    }

    [Theory]
    [InlineData("what do senior mles make", "how long till i hit senior realistically", "career-timeline")]
    [InlineData("how much do staff ml engineers make", "how long does it take to get promoted to staff", "promotion-to-staff")]
    public async Task A_complete_question_on_another_non_pay_topic_starts_fresh_even_naming_a_level(string first, string second, string intent) =>
        Assert.Equal(intent, (await FollowUpAsync(first, second)).Intent);

    [Theory]
    [InlineData("whats the job outlook for ml engineers", "thx this was helpful", "thanks")]
    [InlineData("do i need a phd", "ok thanks that helps", "thanks")]
    [InlineData("how do i switch from swe to ml", "hey there", "greeting")]
    [InlineData("whats the difference between an mle and a data scientist", "appreciate it, super helpful", "thanks")]
    public async Task Small_talk_is_never_read_in_context(string first, string second, string intent) =>
        Assert.Equal(intent, (await FollowUpAsync(first, second)).Intent);

    [Theory]
    [InlineData("what does amazon pay", "is 150k base decent for a new grad in the bay?", "Amazon")]
    [InlineData("how much do ml engineers make in london", "is 200k tc good for a senior?", "London")]
    public async Task A_complete_new_question_does_not_inherit_earlier_slots(string first, string second, string earlierSlot) =>
        Assert.DoesNotContain(earlierSlot, (await FollowUpAsync(first, second)).Markdown);

    /// <summary>The reply to <paramref name="second"/> asked right after <paramref name="first"/> in a new conversation.</summary>
    private async Task<Reply> FollowUpAsync(string first, string second)
    {
        var conversation = Guid.NewGuid().ToString();
        await _bot.AskAsync(first, conversation);
        return await _bot.AskAsync(second, conversation);
    }

    [Fact]
    public async Task Slots_carry_across_follow_ups_until_a_message_changes_them()
    {
        var conversation = Guid.NewGuid().ToString();
        await _bot.AskAsync("how much do ml engineers make", conversation);
        Assert.Equal("salary-senior", (await _bot.AskAsync("and for senior?", conversation)).Intent);
        var newYork = await _bot.AskAsync("and in new york?", conversation);
        Assert.Equal("salary-senior", newYork.Intent);
        Assert.Contains("New York", newYork.Markdown);
        var staff = await _bot.AskAsync("what about staff", conversation);
        Assert.Equal("salary-staff-principal", staff.Intent);
        Assert.Contains("New York", staff.Markdown);
    }

    [Theory]
    [InlineData("show me the 435k example", "asdfjkl")]
    [InlineData("whats the diff between an mle and a data scientist", "how much do nurses make")]
    [InlineData("what do senior mles make", "will it rain in austin this weekend")]
    public async Task Gibberish_and_off_topic_messages_never_inherit_the_topic(string first, string second)
    {
        var conversation = Guid.NewGuid().ToString();
        Assert.Equal(ReplyKind.Answer, (await _bot.AskAsync(first, conversation)).Kind);
        Assert.Equal(ReplyKind.Decline, (await _bot.AskAsync(second, conversation)).Kind);
    }

    [Theory]
    [InlineData("how much does an ML engineer make in Toronto", "Toronto", "US-market figures")]
    [InlineData("what does Amazon pay an L6 MLE", "Amazon", "rough mapping")]
    [InlineData("with 9 years in, what should I be making?", "no year count", "$245K")]
    public async Task Questions_beyond_the_sources_say_what_is_not_covered_then_give_the_closest_figures(string question, string note, string figure)
    {
        var reply = await _bot.AskAsync(question, Guid.NewGuid().ToString());
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Contains(note, reply.Markdown);
        Assert.Contains(figure, reply.Markdown);
    }

    [Fact]
    public async Task A_figure_called_total_comp_is_compared_with_total_comp_figures_only()
    {
        var reply = await _bot.AskAsync("is 300k TC good for L5 in seattle?", Guid.NewGuid().ToString());
        Assert.Equal("salary-senior", reply.Intent);
        Assert.Contains("**$300,000 total comp against the knowledge base's figures**", reply.Markdown);
        Assert.Contains("above the senior $200K–$230K range (total compensation", reply.Markdown);
        Assert.DoesNotContain("senior $160,000–$220,000+ range (base salary", reply.Markdown);
    }

    [Fact]
    public async Task A_figure_restated_as_total_comp_is_placed_again_against_total_comp_figures()
    {
        var conversation = Guid.NewGuid().ToString();
        Assert.Contains("**$175,000 base against", (await _bot.AskAsync("is 175k base good for a mid level mle", conversation)).Markdown);
        var restated = await _bot.AskAsync("what if thats tc not base", conversation);
        Assert.Equal("salary-mid-level", restated.Intent);
        Assert.Contains("**$175,000 total comp against", restated.Markdown);
        // Asking which kind a figure is restates nothing: it is the meta question.
        Assert.Equal("base-vs-total-comp", (await _bot.AskAsync("is that base or tc", conversation)).Intent);
    }

    [Fact]
    public async Task Three_part_question_answers_each_part()
    {
        var reply = await _bot.AskAsync("do i need a phd, what do senior mles make, and how do i negotiate an offer?", Guid.NewGuid().ToString());
        Assert.Equal("salary-senior", reply.Intent);
        Assert.Equal(2, reply.Markdown.Split("\n---\n").Length - 1);
        Assert.Contains("PhD", reply.Markdown);
        Assert.Contains("Negotiating", reply.Markdown);
    }

    [Fact]
    public async Task A_part_no_entry_answers_is_named_instead_of_dropped()
    {
        var reply = await _bot.AskAsync("do i need a phd and what is the best pizza topping in naples?", Guid.NewGuid().ToString());
        Assert.Equal("phd-value", reply.Intent);
        Assert.Contains("Not answered here: “what is the best pizza topping in naples”", reply.Markdown);
    }

    [Fact]
    public async Task Multi_part_question_answers_both_parts()
    {
        var reply = await _bot.AskAsync("do I need a phd and what do new grads make?", Guid.NewGuid().ToString());
        string[] parts = ["phd-value", "salary-entry-level"];
        Assert.Contains(reply.Intent, parts);
        var other = parts.Single(p => p != reply.Intent);
        Assert.Contains("---", reply.Markdown);
        Assert.Contains(other == "phd-value" ? "PhD" : "ntry", reply.Markdown.Split("---")[1]);
    }

    [Fact]
    public async Task Single_part_question_gets_one_answer()
    {
        var reply = await _bot.AskAsync("do I need a PhD to be an ML engineer?", Guid.NewGuid().ToString());
        Assert.DoesNotContain("\n---\n", reply.Markdown);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t  ")]
    [InlineData("\u0001\u0002\u0007")]
    [InlineData("🤖🔥💯")]
    public async Task Empty_control_and_emoji_only_input_get_a_clear_reply(string text)
    {
        var reply = await _bot.AskAsync(text);
        Assert.Equal(ReplyKind.InputError, reply.Kind);
        Assert.Contains("e.g.", reply.Markdown);
    }

    [Fact]
    public async Task Ten_thousand_characters_get_a_clear_reply()
    {
        var reply = await _bot.AskAsync(string.Concat(Enumerable.Repeat("how much do ML engineers make? ", 400))[..10_000]);
        Assert.Equal(ReplyKind.InputError, reply.Kind);
        Assert.Contains("10,000 characters", reply.Markdown);
    }

    [Fact]
    public async Task Zero_width_and_bidi_characters_do_not_hide_a_question()
    {
        var reply = await _bot.AskAsync("do I need a P\u200Bh\u200DD\u202E to be an ML engineer?");
        Assert.Equal("phd-value", reply.Intent);
    }

    [Fact]
    public async Task Unknown_command_lists_the_commands()
    {
        var reply = await _bot.AskAsync("/frobnicate now");
        Assert.Equal(ReplyKind.InputError, reply.Kind);
        Assert.Contains("/frobnicate", reply.Markdown);
        Assert.Contains("`/help`", reply.Markdown);
    }

    [Fact]
    public async Task Ask_and_help_commands_work()
    {
        Assert.Equal("phd-value", (await _bot.AskAsync("/ask is a phd worth it for ml engineering")).Intent);
        var help = await _bot.AskAsync("/help");
        Assert.Equal("help", help.Intent);
        Assert.Contains("/offer", help.Markdown);
        Assert.DoesNotContain("/kb show", help.Markdown);
        Assert.Contains("/kb show", (await _bot.AskAsync("/help", user: TestBot.Moderator)).Markdown);
        Assert.Equal(ReplyKind.InputError, (await _bot.AskAsync("/ask")).Kind);
    }

    [Fact]
    public async Task Json_line_follows_the_contract()
    {
        var reply = await _bot.AskAsync("do I need a PhD to be an ML engineer?");
        using var doc = JsonDocument.Parse(ReplyJson.Serialize(reply));
        var root = doc.RootElement;
        Assert.Equal("phd-value", root.GetProperty("intent").GetString());
        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("reply").GetString()));
        Assert.True(root.GetProperty("sources").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("entities").ValueKind);
        Assert.DoesNotContain('\n', ReplyJson.Serialize(reply));
    }

    [Fact]
    public async Task After_small_talk_the_next_question_is_read_on_its_own()
    {
        var conversation = Guid.NewGuid().ToString();
        await _bot.AskAsync("what do senior mles make", conversation);
        Assert.Equal("thanks", (await _bot.AskAsync("thx!", conversation)).Intent);
        Assert.NotEqual("thanks", (await _bot.AskAsync("is leetcode still a thing for ml roles", conversation)).Intent);
    }

    [Theory]
    [InlineData("ok last thing, how much do ml managers make", "ML managers")]
    [InlineData("what do directors of ml earn", "ML directors and VPs")]
    [InlineData("is leetcode still a thing for ml roles", "Interviews")]
    [InlineData("do ml companies sponsor h1b visas", "Visas")]
    public async Task A_role_or_topic_the_articles_do_not_cover_is_named_first_in_the_decline(string question, string named)
    {
        var reply = await _bot.AskAsync(question, conversation: Guid.NewGuid().ToString());
        Assert.Equal(ReplyKind.Decline, reply.Kind);
        // Said first, before the "did you mean" and what the bot can answer.
        Assert.StartsWith($"**{named}:** ", reply.Markdown);
    }

    [Fact]
    public async Task A_pay_jump_between_two_levels_shows_both_levels_figures()
    {
        var reply = await _bot.AskAsync("whats the pay jump from senior to staff?", conversation: Guid.NewGuid().ToString());
        Assert.Contains("**senior → staff/principal:** the articles give no raise or jump figure", reply.Markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("$200K–$230K", reply.Markdown);
        Assert.Contains("$245K and above", reply.Markdown);
    }

    [Fact]
    public async Task Did_you_mean_offers_each_candidate_once_in_one_wording_and_a_click_on_it_gets_an_answer()
    {
        var reply = await _bot.AskAsync("is leetcode still a thing for ml roles", conversation: Guid.NewGuid().ToString());
        Assert.Equal(ReplyKind.Decline, reply.Kind);
        Assert.NotEmpty(reply.FollowUps);
        foreach (var choice in reply.FollowUps)
        {
            Assert.DoesNotContain(choice, reply.Markdown);
            Assert.NotEqual(ReplyKind.Decline, (await _bot.AskAsync(choice, conversation: Guid.NewGuid().ToString())).Kind);
        }
    }

    [Fact]
    public async Task Figures_repeated_in_context_end_without_a_run_of_blank_lines()
    {
        var conversation = Guid.NewGuid().ToString();
        await _bot.AskAsync("how much do new grad ml engineers make?", conversation);
        await _bot.AskAsync("what about staff level pay", conversation);
        var reply = await _bot.AskAsync("should i learn pytorch or tensorflow first?", conversation);
        Assert.DoesNotContain("\n\n\n", reply.Markdown);
    }
}

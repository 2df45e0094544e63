using System.Text.Json;
using CareerBot.Core.Pipeline;

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
    public async Task Follow_up_about_a_place_after_a_salary_answer_goes_to_location_pay()
    {
        var conversation = Guid.NewGuid().ToString();
        Assert.Equal("salary-senior", (await _bot.AskAsync("what do senior MLEs earn?", conversation)).Intent);
        Assert.Equal("location-pay", (await _bot.AskAsync("what about Seattle?", conversation)).Intent);
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
}

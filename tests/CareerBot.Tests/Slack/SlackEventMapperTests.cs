using System.Text.Json;
using CareerBot.Core.Messages;
using CareerBot.Slack.Inbound;
using CareerBot.Slack.Interactions;
using CareerBot.Slack.Wire;

namespace CareerBot.Tests.Slack;

public sealed class SlackEventMapperTests
{
    private static readonly SlackIdentity Bot = new("UCAREERBOT", "BCAREERBOT", "T0001", "careerbot");

    private static JsonElement Fixture(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Slack", "Fixtures", name + ".json"))).RootElement;

    [Fact]
    public void App_mention_becomes_a_question_without_the_mention_and_unescaped()
    {
        var q = SlackEventMapper.ToQuestion(Fixture("app_mention"), Bot)!;
        Assert.Equal("is a PhD worth it & do I need one? <!channel>", q.Text);
        Assert.Equal("C0GENERAL", q.Channel);
        Assert.Equal("1712345678.000200", q.ThreadTs);
        Assert.Equal("1712345678.000200", q.MessageTs);
        Assert.Equal("U0MEMBER", q.UserId);
    }

    [Fact]
    public void Mention_in_a_thread_answers_in_that_thread_and_strips_a_labelled_mention()
    {
        var q = SlackEventMapper.ToQuestion(Fixture("app_mention_in_thread"), Bot)!;
        Assert.Equal("and for staff level?", q.Text);
        Assert.Equal("1712345678.000200", q.ThreadTs);
        Assert.Equal("1712345690.000300", q.MessageTs);
    }

    [Fact]
    public void Direct_message_becomes_a_question()
    {
        var q = SlackEventMapper.ToQuestion(Fixture("message_im"), Bot)!;
        Assert.Equal("how much does a senior ML engineer earn in Seattle?", q.Text);
        Assert.Equal("D0MEMBER", q.Channel);
    }

    [Theory]
    [InlineData("message_im_bot_echo")]
    [InlineData("message_changed")]
    [InlineData("message_channel")]
    public void Bot_echoes_edits_and_plain_channel_messages_are_ignored(string fixture) =>
        Assert.Null(SlackEventMapper.ToQuestion(Fixture(fixture), Bot));

    [Fact]
    public void A_message_from_the_bot_user_without_bot_id_is_ignored()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Slack", "Fixtures", "message_im.json")).Replace("\"user\":\"U0MEMBER\"", "\"user\":\"UCAREERBOT\"");
        Assert.Null(SlackEventMapper.ToQuestion(JsonDocument.Parse(json).RootElement, Bot));
    }

    [Fact]
    public void Other_mentions_stay_as_ids()
    {
        Assert.Equal("ask <@U0OTHER> about it", SlackEventMapper.StripMention("<@UCAREERBOT> ask <@U0OTHER> about it", "UCAREERBOT"));
    }

    [Fact]
    public void Socket_mode_slash_command_payload_maps_to_the_console_syntax()
    {
        var command = SlackEventMapper.ToSlashCommand(SlackEventMapper.Fields(Fixture("slash_command_payload")))!;
        Assert.Equal("/offer", command.Command);
        Assert.Equal("/offer base:180k bonus:15% stock:600k vesting:4y <b>", SlackEventMapper.CommandText(command));
        Assert.Equal("https://hooks.slack.com/commands/T0001/1/abc", command.ResponseUrl);
        var message = SlackEventMapper.ToIncomingMessage(command, new ChatUser("slack", "U0MEMBER", "member"));
        Assert.Equal("C0GENERAL", message.ConversationId);
        Assert.Equal("slack", message.Platform);
    }

    [Theory]
    [InlineData("/careerbot", "do I need a PhD?", "/ask do I need a PhD?")]
    [InlineData("/ask", "do I need a PhD?", "/ask do I need a PhD?")]
    [InlineData("/salary", "level:senior location:seattle", "/salary level:senior location:seattle")]
    [InlineData("/kb", "show phd-value", "/kb show phd-value")]
    [InlineData("/compare", "a:\"base:180k\" b:\"base:200k\"", "/compare a:\"base:180k\" b:\"base:200k\"")]
    [InlineData("/help", "", "/help")]
    public void Slash_commands_become_pipeline_text(string name, string text, string expected) =>
        Assert.Equal(expected, SlackEventMapper.CommandText(new SlackSlashCommand(name, text, "U1", "C1", "https://x")));

    [Fact]
    public void A_slash_command_reaches_the_pipeline_typed_read_once_here()
    {
        var kb = new SlackSlashCommand("/kb", "set phd-value from:2 **Short answer:** \"yes\" & <b>no</b> for 👩‍💻: it depends", "U1", "C1", "https://x");
        var message = SlackEventMapper.ToIncomingMessage(kb, new ChatUser("slack", "U1", "mod", IsModerator: true));
        var command = Assert.IsType<CommandInvocation>(message.Invocation);
        Assert.Equal(("kb", "set", "/kb set"), (command.Name, command.Subcommand, message.Text));
        Assert.Equal("phd-value", command.Arguments["id"]);
        Assert.Equal("2", command.Arguments["from"]);
        Assert.Equal("**Short answer:** \"yes\" & <b>no</b> for 👩‍💻: it depends", command.Arguments["markdown"]);
    }

    [Theory]
    [InlineData("/careerbot", "what does base:salary mean?", "ask", "question", "what does base:salary mean?")]
    [InlineData("/offer", "base:180k bonus:\"15%\"", "offer", "bonus", "15%")]
    [InlineData("/compare", "a:\"base:180k stock:400k\" b:\"base:200k\"", "compare", "a", "base:180k stock:400k")]
    public void Slash_command_options_arrive_named(string name, string text, string command, string option, string value)
    {
        var invocation = SlackEventMapper.ToIncomingMessage(new SlackSlashCommand(name, text, "U1", "C1", "https://x"), new ChatUser("slack", "U1", "m")).Invocation as CommandInvocation ?? throw new InvalidOperationException("not typed");
        Assert.Equal((command, value), (invocation.Name, invocation.Arguments[option]));
    }

    [Fact]
    public void Words_without_an_option_name_and_repeated_options_travel_with_the_typed_command()
    {
        var invocation = SlackEventMapper.ToIncomingMessage(new SlackSlashCommand("/offer", "base:180k 200k base:190k", "U1", "C1", "https://x"), new ChatUser("slack", "U1", "m")).Invocation as CommandInvocation ?? throw new InvalidOperationException("not typed");
        Assert.Equal(["200k"], invocation.Unplaced);
        Assert.Equal(["base"], invocation.RepeatedOptions);
        Assert.Equal("190k", invocation.Arguments["base"]);
    }

    [Fact]
    public void Slash_command_without_a_response_url_is_refused() =>
        Assert.Null(SlackEventMapper.ToSlashCommand(new Dictionary<string, string> { ["command"] = "/ask", ["user_id"] = "U1", ["channel_id"] = "C1" }));

    [Fact]
    public void Conversation_is_channel_plus_thread()
    {
        var q = SlackEventMapper.ToQuestion(Fixture("app_mention_in_thread"), Bot)!;
        Assert.Equal("C0GENERAL:1712345678.000200", SlackEventMapper.ToIncomingMessage(q, new ChatUser("slack", "U0MEMBER", "m")).ConversationId);
    }

    [Fact]
    public void Click_on_an_ephemeral_message_uses_the_container_ts_and_keeps_the_button_value()
    {
        var click = SlackEventMapper.ToButtonClick(Fixture("block_actions_ephemeral"))!;

        Assert.Equal(("U0RATER", "rate_down", "rate:-:phd-value:is a phd worth it", "1700000300.000200"), (click.UserId, click.ActionId, click.Value, click.MessageTs));
        Assert.Equal("https://hooks.slack.com/actions/T0001/1/abc", click.ResponseUrl);
        Assert.Null(SlackEventMapper.ToViewSubmission(Fixture("block_actions_ephemeral"), "kb_answer", "text", (_, _) => Task.CompletedTask));
    }

    [Fact]
    public void View_submission_carries_callback_id_channel_and_the_typed_text()
    {
        var submission = SlackEventMapper.ToViewSubmission(Fixture("view_submission"), "kb_answer", "text", (_, _) => Task.CompletedTask)!;

        Assert.Equal(("U0MOD", "kbedit:phd-value:2", "C0MODS", "New *answer* & more"), (submission.UserId, submission.CallbackId, submission.ChannelId, submission.Value));
        Assert.Null(SlackEventMapper.ToViewSubmission(Fixture("view_submission"), "other_block", "text", (_, _) => Task.CompletedTask)!.Value);
        Assert.Null(SlackEventMapper.ToButtonClick(Fixture("view_submission")));
    }
}

using CareerBot.Core.Messages;
using CareerBot.Slack.Interactions;
using CareerBot.Slack.Outbound;
using CareerBot.Slack.Wire;

namespace CareerBot.Tests.Slack;

public sealed class SlackReplyRendererTests
{
    [Fact]
    public void Answer_becomes_a_section_with_sources_in_a_context_block_and_follow_ups_as_buttons()
    {
        var reply = new Reply(ReplyKind.Answer, "phd-value", 0.9, "**No.** A PhD helps for research roles.")
        {
            Sources = ["[BLS](https://www.bls.gov/)"],
            FollowUps = ["What about a master's <degree>?"],
        };

        var message = Assert.Single(SlackReplyRenderer.Render(reply));

        var section = Assert.IsType<SectionBlock>(message.Blocks[0]);
        Assert.Equal("*No.* A PhD helps for research roles.", section.Text.Text);
        Assert.Equal("mrkdwn", section.Text.Type);
        var sources = Assert.IsType<ContextBlock>(message.Blocks[1]);
        Assert.Equal("Sources: <https://www.bls.gov/|BLS>", sources.Elements[0].Text);
        var followUps = Assert.IsType<ActionsBlock>(message.Blocks[2]);
        var ask = Assert.Single(followUps.Elements);
        // Button text is plain_text: nothing to escape, and the value asks exactly the question.
        Assert.Equal(("What about a master's <degree>?", "ask:What about a master's <degree>?"), (ask.Text.Text, ask.Value));
        Assert.Equal("*No.* A PhD helps for research roles.", message.Text);
    }

    [Fact]
    public void A_knowledge_answer_is_one_message_with_the_lead_sources_once_and_more_instead_of_the_detail()
    {
        var reply = new Reply(ReplyKind.Answer, "phd-value", 0.9, "**Short answer: no.**")
        {
            Detail = "The long version.",
            MoreIntent = "phd-value",
            Sources = ["Guide (guide.txt)"],
            Feedback = new AnswerFeedback("phd-value", "do I need a phd"),
        };

        var message = Assert.Single(SlackReplyRenderer.Render(reply));

        var json = System.Text.Json.JsonSerializer.Serialize(message.Blocks);
        Assert.DoesNotContain("The long version", json);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "Sources"));
        var buttons = Assert.IsType<ActionsBlock>(message.Blocks[2]).Elements;
        Assert.Equal(["more:phd-value", "rate:+:phd-value:do I need a phd", "rate:-:phd-value:do I need a phd"], buttons.Select(b => b.Value));
    }

    [Fact]
    public void An_offer_table_is_an_aligned_code_block_and_a_private_reply_offers_share()
    {
        var reply = new Reply(ReplyKind.Answer, "offer", 1, "| Year | Base | Total |\n|---|---:|---:|\n| 1 | $180,000 | **$200,000** |\n\nDone.")
            .PrivateUntilShared("/offer base:180k");

        var message = Assert.Single(SlackReplyRenderer.Render(reply));

        var section = Assert.IsType<SectionBlock>(message.Blocks[0]);
        Assert.Equal("```\nYear      Base     Total\n1     $180,000  $200,000\n```\n\nDone.", section.Text.Text);
        var share = Assert.Single(Assert.IsType<ActionsBlock>(message.Blocks[1]).Elements);
        Assert.Equal(("Share in channel", "share:/offer base:180k"), (share.Text.Text, share.Value));
    }

    [Fact]
    public void Long_answers_are_split_within_slacks_limits()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Machine learning engineers build and ship models.", 20));
        var markdown = string.Join("\n\n", Enumerable.Range(0, 200).Select(i => $"**{i}.** {paragraph}"));
        var reply = new Reply(ReplyKind.Answer, "long", 1, markdown);

        var messages = SlackReplyRenderer.Render(reply);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m =>
        {
            Assert.InRange(m.Blocks.Count, 1, SlackLimits.BlocksPerMessage);
            Assert.InRange(m.Text.Length, 1, SlackLimits.FallbackText);
            Assert.All(m.Blocks.OfType<SectionBlock>(), s => Assert.InRange(s.Text.Text.Length, 1, SlackLimits.SectionText));
        });
        // Nothing is lost: every numbered paragraph appears once.
        var all = string.Join("\n", messages.SelectMany(m => m.Blocks.OfType<SectionBlock>()).Select(s => s.Text.Text));
        Assert.All(Enumerable.Range(0, 200), i => Assert.Contains($"*{i}.*", all));
    }

    [Fact]
    public void Input_errors_render_the_same_way_and_are_private()
    {
        var reply = new Reply(ReplyKind.InputError, Reply.NoIntent, 0, "I don't know the command `/nope`.");
        Assert.True(reply.IsPrivate);
        Assert.Equal("I don't know the command `/nope`.", SlackReplyRenderer.Render(reply)[0].Text);
    }

    [Fact]
    public void An_empty_reply_renders_no_message() =>
        Assert.Empty(SlackReplyRenderer.Render(new Reply(ReplyKind.Silent, Reply.NoIntent, 0, "")));

    [Fact]
    public void Knowledge_answer_ends_with_rating_buttons_whose_values_fit_slack_and_name_the_rating()
    {
        var reply = new Reply(ReplyKind.Answer, "phd-value", 0.9, "No.") { Feedback = new AnswerFeedback("phd-value", new string('q', 5000)) };

        var message = Assert.Single(SlackReplyRenderer.Render(reply));

        var actions = Assert.IsType<ActionsBlock>(message.Blocks[^1]);
        Assert.Equal(["rate_up", "rate_down"], actions.Elements.Select(b => b.ActionId));
        Assert.All(actions.Elements, b => Assert.Equal("plain_text", b.Text.Type));
        Assert.All(actions.Elements, b => Assert.Equal(2000, b.Value.Length));
        Assert.True(AnswerFeedback.TryParse(actions.Elements[1].Value, out var feedback, out var helpful));
        Assert.Equal(("phd-value", false), (feedback.Intent, helpful));
        Assert.Equal("No.", message.Text);
        Assert.DoesNotContain(SlackReplyRenderer.Render(reply with { Feedback = null })[0].Blocks, b => b is ActionsBlock);
    }

    [Fact]
    public void Edit_modal_is_prefilled_and_names_entry_and_version()
    {
        var form = new CareerBot.Core.Messages.KnowledgeEditForm("phd-value", 3, "Is a PhD <worth> it?", "Body text");

        var view = SlackEditModal.Build(form, "C0MODS");

        Assert.Equal(("kbedit:phd-value:3", "C0MODS", "modal"), (view.CallbackId, view.PrivateMetadata, view.Type));
        Assert.True(view.Title.Text.Length <= SlackEditModal.MaxTitle);
        Assert.Contains("*Is a PhD &lt;worth&gt; it?* (`phd-value`), editing version 3", Assert.IsType<SectionBlock>(view.Blocks[0]).Text.Text);
        var input = Assert.IsType<InputBlock>(view.Blocks[1]);
        Assert.Equal(("Body text", true, 3000), (input.Element.InitialValue, input.Element.Multiline, input.Element.MaxLength));
        Assert.False(SlackEditModal.Fits(form with { Body = new string('x', 3001) }));
    }
}

using CareerBot.Core.Pipeline;
using CareerBot.Discord.Outbound;

namespace CareerBot.Tests.Discord;

public class MessageSplitterTests
{
    [Fact]
    public void Short_text_is_one_message()
    {
        Assert.Equal(["hello"], MessageSplitter.Split("hello"));
    }

    [Fact]
    public void Long_text_splits_at_line_breaks_under_the_limit_without_losing_words()
    {
        var lines = Enumerable.Range(0, 300).Select(i => $"Line {i}: a reasonably long sentence about ML careers.").ToList();
        var parts = MessageSplitter.Split(string.Join('\n', lines));
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.Equal(lines, parts.SelectMany(p => p.Split('\n')));
    }

    [Fact]
    public void A_cut_inside_a_code_fence_closes_and_reopens_it()
    {
        var code = "```python\n" + string.Join('\n', Enumerable.Range(0, 200).Select(i => $"print({i}) # some code here")) + "\n```";
        var parts = MessageSplitter.Split(code);
        Assert.True(parts.Count > 1);
        Assert.All(parts, p =>
        {
            Assert.InRange(p.Length, 1, 2000);
            Assert.Equal(0, (p.Split("```").Length - 1) % 2);
        });
        Assert.StartsWith("```python", parts[1]);
    }

    [Fact]
    public void A_single_long_line_is_cut_between_words_and_never_inside_a_mention()
    {
        var words = string.Join(' ', Enumerable.Range(0, 600).Select(i => i % 50 == 0 ? "<@1100000000000000004>" : "word"));
        var parts = MessageSplitter.Split(words);
        Assert.All(parts, p =>
        {
            Assert.InRange(p.Length, 1, 2000);
            Assert.Equal(p.Count(c => c == '<'), p.Count(c => c == '>'));
        });
        Assert.Equal(words.Split(' '), parts.SelectMany(p => p.Split(' ')));
    }

    [Fact]
    public void Replies_show_sources_small_once_and_follow_ups_as_buttons()
    {
        var reply = new Reply(ReplyKind.Answer, "phd-value", 0.9, "No, a PhD is not required.")
        {
            Sources = ["Guide (guide.txt)", "https://example.com/x"],
            FollowUps = ["What do seniors earn?", "A question far too long for a button id: " + new string('x', 80)],
        };
        var text = Assert.Single(DiscordReplyRenderer.Render(reply));
        var buttons = ReplyComponents.For(reply)!.SelectMany(row => row.Components!).ToList();

        Assert.Equal("No, a PhD is not required.\n-# *Sources: Guide (guide.txt); <https://example.com/x>*\n**You could also ask:** " + reply.FollowUps[1], text);
        Assert.Equal(("ask:What do seniors earn?", "What do seniors earn?"), (buttons.Single().CustomId, buttons.Single().Label));
    }

    [Fact]
    public void A_knowledge_answer_shows_its_lead_with_a_more_button_and_a_kb_reply_shows_its_detail()
    {
        var answer = new Reply(ReplyKind.Answer, "phd-value", 0.9, "Lead.") { Detail = "Detail.", MoreIntent = "phd-value" };
        var kb = new Reply(ReplyKind.InputError, "kb", 1, "Not saved.") { Detail = "Your text, so it is not lost." };

        Assert.Equal("Lead.", Assert.Single(DiscordReplyRenderer.Render(answer)));
        Assert.Equal(("more:phd-value", "More"), (ReplyComponents.For(answer)![0].Components![0].CustomId, ReplyComponents.For(answer)![0].Components![0].Label));
        Assert.Equal("Not saved.\n\nYour text, so it is not lost.", Assert.Single(DiscordReplyRenderer.Render(kb)));
        Assert.Null(ReplyComponents.For(kb));
    }

    [Theory]
    [InlineData(ReplyKind.Answer, false)]
    [InlineData(ReplyKind.Decline, true)]
    [InlineData(ReplyKind.InputError, true)]
    [InlineData(ReplyKind.SlowDown, true)]
    public void Declines_and_input_errors_are_ephemeral_in_interactions(ReplyKind kind, bool ephemeral)
    {
        Assert.Equal(ephemeral, DiscordReplyRenderer.IsEphemeral(new Reply(kind, "x", 0, "text")));
    }
}
